import { errorText } from '../errors.ts';
import { useI18n } from '../i18n/index.ts';
import type { QueryState } from '../queries.ts';
import { ErrorAlert } from './Alert.tsx';

/**
 * What to show while a query (queries.ts) loads or when it could not be loaded, with a button
 * that reads it again; null once ready.
 */
export function LoadState({ query }: { query: QueryState }) {
  const { t } = useI18n();
  if (query.error) {
    return (
      <ErrorAlert>
        <p>{errorText(query.error, t)}</p>
        <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </ErrorAlert>
    );
  }
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return null;
}
