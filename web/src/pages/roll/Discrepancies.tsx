import { useId, useState, type FormEvent } from 'react';
import { rollApi, type CountLine } from '../../api-roll.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { lineName } from './count-lines.ts';
import { LineStatusBadge } from './LineStatusBadge.tsx';

function ReconcileForm({ countId, line, onDone }: { countId: string; line: CountLine; onDone: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim().length < 5) return setError(t('count.reconcile.tooShort'));
    setBusy(true);
    setError(undefined);
    try {
      await rollApi.reconcile(countId, line.location, text.trim());
      setText('');
      onDone();
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form reconcile-form" onSubmit={submit} noValidate aria-label={t('count.reconcile.formLabel', { location: lineName(line, t) })}>
      <TextAreaField
        label={t('count.reconcile.explanation')}
        hint={t('count.reconcile.hint')}
        value={text}
        onChange={setText}
        error={error}
        rows={2}
        maxLength={2000}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {busy ? t('common.saving') : t('count.reconcile.submit')}
        </button>
      </div>
    </form>
  );
}

interface DiscrepanciesProps {
  countId: string;
  lines: CountLine[];
  editable: boolean;
  mayReconcile: boolean;
  onChanged: () => void;
}

/** The lines counted differently from the register: each explained by a supervisor before the count closes. */
export function Discrepancies({ countId, lines, editable, mayReconcile, onChanged }: DiscrepanciesProps) {
  const { t, tn, formatNumber, formatWhen } = useI18n();
  const id = useId();
  const found = lines.filter((l) => l.status === 'discrepancy' || l.status === 'reconciled');
  return (
    <section className="panel discrepancies" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('count.reconcile.title')}</h2>
      {found.length === 0 ? (
        <p>{t('count.reconcile.none')}</p>
      ) : (
        <>
          <p className="field-hint">{t(mayReconcile ? 'count.reconcile.intro' : 'count.reconcile.notAllowed')}</p>
          <ul className="discrepancy-list">
            {found.map((line) => (
              <li key={line.location} id={`reconcile-${line.location || 'unplaced'}`} className={`discrepancy discrepancy-${line.status}`}>
                <h3>
                  {lineName(line, t)} <LineStatusBadge line={line} />
                </h3>
                <p>
                  {t('count.reconcile.figures', {
                    expected: formatNumber(line.expected),
                    counted: formatNumber(line.counted ?? 0),
                    difference: (line.difference ?? 0) < 0 ? tn('count.diff.missing', -(line.difference ?? 0)) : tn('count.diff.extra', line.difference ?? 0),
                  })}
                  {line.countedBy && ` ${t('count.countedBy', { who: line.countedBy, when: line.countedAt ? formatWhen(line.countedAt) : '—' })}`}
                </p>
                {line.status === 'reconciled' && (
                  <p className="reconciliation">
                    {t('count.reconcile.done', { who: line.reconciledBy ?? '—', when: line.reconciledAt ? formatWhen(line.reconciledAt) : '—' })}{' '}
                    <q>{line.reconciliation}</q>
                  </p>
                )}
                {line.status === 'discrepancy' && editable && mayReconcile && <ReconcileForm countId={countId} line={line} onDone={onChanged} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
