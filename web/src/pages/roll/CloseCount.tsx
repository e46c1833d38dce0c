import { useState } from 'react';
import { rollApi, type CountTotals } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';

/** Closes the count; the server refuses while a line is not counted or a discrepancy not reconciled, and says which. */
export function CloseCount({ countId, totals, onClosed }: { countId: string; totals: CountTotals; onClosed: () => void }) {
  const { t, tn } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function close() {
    setBusy(true);
    setError(null);
    try {
      await rollApi.closeCount(countId);
      onClosed();
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  const ready = totals.pending === 0 && totals.unreconciled === 0;
  return (
    <section className="panel" aria-labelledby="count-close">
      <h2 id="count-close">{t('count.close.title')}</h2>
      <p>{ready ? t('count.close.ready') : `${t('count.close.hint')} ${tn('count.close.pending', totals.pending)} ${tn('count.close.unreconciled', totals.unreconciled)}`}</p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <button type="button" className="button button-primary" onClick={close} disabled={busy}>
        {busy ? t('count.close.closing') : t('count.close.submit')}
      </button>
    </section>
  );
}
