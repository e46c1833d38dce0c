import { errorText } from '../errors.ts';
import { useI18n } from '../i18n/index.ts';
import type { Load } from '../useLoad.ts';
import { ErrorAlert } from './Alert.tsx';

/** What to show while a list loads or when it could not be loaded; null once ready. */
export function LoadState({ load, retry }: { load: Load<unknown>; retry: () => void }) {
  const { t } = useI18n();
  if (load.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (load.status === 'error') {
    return (
      <ErrorAlert>
        <p>{errorText(load.error, t)}</p>
        <button type="button" className="button button-secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      </ErrorAlert>
    );
  }
  return null;
}
