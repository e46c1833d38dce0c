import type { CountTotals } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCloseCount } from './queries.ts';

/** Closes the count; the server refuses while a line is not counted or a discrepancy not reconciled, and says which. */
export function CloseCount({ countId, totals }: { countId: string; totals: CountTotals }) {
  const { t, tn } = useI18n();
  const close = useCloseCount(countId);
  const ready = totals.pending === 0 && totals.unreconciled === 0;
  return (
    <section className="panel" aria-labelledby="count-close">
      <h2 id="count-close">{t('count.close.title')}</h2>
      <p>{ready ? t('count.close.ready') : `${t('count.close.hint')} ${tn('count.close.pending', totals.pending)} ${tn('count.close.unreconciled', totals.unreconciled)}`}</p>
      {close.error && <ErrorAlert>{errorText(close.error, t)}</ErrorAlert>}
      <button type="button" className="button button-primary" onClick={() => close.mutate()} disabled={close.isPending}>
        {close.isPending ? t('count.close.closing') : t('count.close.submit')}
      </button>
    </section>
  );
}
