import { useId } from 'react';
import { reconcileLineInputSchema } from '../../../../src/modules/counts/schemas.ts';
import type { CountLine } from '../../api-roll.ts';
import { Form, TextAreaInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreTime } from './clock.ts';
import { lineName } from './count-lines.ts';
import { LineStatusBadge } from './LineStatusBadge.tsx';
import { useReconcile } from './queries.ts';

function ReconcileForm({ countId, line }: { countId: string; line: CountLine }) {
  const { t } = useI18n();
  const form = useSchemaForm(reconcileLineInputSchema, { explanation: '' });
  const reconcile = useReconcile(countId, line.location);
  return (
    <Form
      form={form}
      onSubmit={(values) => reconcile.mutateAsync(values.explanation)}
      className="form reconcile-form"
      aria-label={t('count.reconcile.formLabel', { location: lineName(line, t) })}
      submitLabel={t('count.reconcile.submit')}
      busyLabel={t('common.saving')}
      submitClassName="button button-primary button-small"
    >
      <TextAreaInput form={form} name="explanation" label={t('count.reconcile.explanation')} hint={t('count.reconcile.hint')} rows={2} maxLength={2000} required />
    </Form>
  );
}

interface DiscrepanciesProps {
  countId: string;
  lines: CountLine[];
  editable: boolean;
  mayReconcile: boolean;
  /** The count's centre, on whose clock times are read. */
  centre: string;
}

/** The lines counted differently from the register: each explained by a supervisor before the count closes. */
export function Discrepancies({ countId, lines, editable, mayReconcile, centre }: DiscrepanciesProps) {
  const { t, tn, formatNumber } = useI18n();
  const { when: formatWhen } = useCentreTime(centre);
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
                {line.status === 'discrepancy' && editable && mayReconcile && <ReconcileForm countId={countId} line={line} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
