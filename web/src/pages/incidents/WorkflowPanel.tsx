import { useState } from 'react';
import { z } from 'zod';
import { note, TEXT_LIMITS } from '../../../../src/kernel/fields.ts';
import { incidentId, type IncidentAction, type IncidentDetail, type TransitionInput } from '../../../../src/modules/incidents/schemas.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { TextAreaInput, TextInput } from '../../components/Form.tsx';
import { filled, upperCase } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { incidentsApi } from './api.ts';
import { useReportWrite } from './queries.ts';
import { COMMENTED } from './roles.ts';

const commentSchema = z.object({
  comment: filled(note(1, TEXT_LIMITS.note), 'inc.action.commentMissing'),
  /** Asked only when marking a duplicate. */
  duplicateOf: z.string().transform((): string | null => null),
});
const duplicateSchema = commentSchema.extend({ duplicateOf: filled(upperCase(incidentId), 'inc.action.duplicateOfMissing') });

const DANGER: readonly IncidentAction[] = ['return', 'mark_duplicate', 'mark_not_reportable'];

interface Props {
  report: IncidentDetail;
  onDone: (action: IncidentAction) => void;
}

/** The reason asked by an action that needs one (and, for a duplicate, the original report). */
function CommentForm({ report, action, onDone, onCancel }: Props & { action: IncidentAction; onCancel: () => void }) {
  const { t } = useI18n();
  const form = useSchemaForm(action === 'mark_duplicate' ? duplicateSchema : commentSchema, { comment: '', duplicateOf: '' });
  const take = useReportWrite(report.id, (input: TransitionInput) => incidentsApi.transition(report.id, input));
  return (
    <SubForm
      form={form}
      title={t(`inc.action.${action}`)}
      onSubmit={async (values) => {
        await take.mutateAsync({ version: report.version, action, comment: values.comment, duplicateOf: values.duplicateOf });
        onDone(action);
      }}
      submitLabel={t('inc.action.confirm', { action: t(`inc.action.${action}`) })}
      onCancel={onCancel}
    >
      {action === 'mark_duplicate' && (
        <TextInput form={form} name="duplicateOf" label={t('inc.action.duplicateOf')} hint={t('inc.action.duplicateOfHint')} capitals autoComplete="off" spellCheck={false} maxLength={40} />
      )}
      <TextAreaInput form={form} name="comment" className="field-wide" label={t('inc.action.comment')} hint={t('inc.action.commentHint')} mark={t('common.required')} rows={3} maxLength={TEXT_LIMITS.note} />
    </SubForm>
  );
}

/**
 * The review: only the actions the server says this user may take now. Those that need a reason
 * (return, duplicate, not reportable, reopen) ask for it first; the others are taken at once.
 */
export function WorkflowPanel({ report, onDone }: Props) {
  const { t } = useI18n();
  const [asking, setAsking] = useState<IncidentAction | null>(null);
  const take = useReportWrite(report.id, (input: TransitionInput) => incidentsApi.transition(report.id, input));
  const actions = report.allowed.transitions;

  async function direct(action: IncidentAction) {
    take.reset();
    try {
      await take.mutateAsync({ version: report.version, action });
      onDone(action);
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <section className="panel incident-workflow" aria-labelledby="incident-workflow" data-testid="incident-workflow">
      <h2 id="incident-workflow">{t('inc.workflow.title')}</h2>
      {actions.length === 0 && <p className="muted">{t('inc.workflow.none')}</p>}
      {take.error && <ErrorAlert>{errorText(take.error, t)}</ErrorAlert>}
      {actions.length > 0 && (
        <div className="row-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button ${DANGER.includes(action) ? 'button-secondary' : 'button-primary'}`}
              aria-expanded={COMMENTED.includes(action) ? asking === action : undefined}
              disabled={take.isPending}
              onClick={() => (COMMENTED.includes(action) ? setAsking(asking === action ? null : action) : void direct(action))}
            >
              {t(`inc.action.${action}`)}
            </button>
          ))}
        </div>
      )}
      {asking && actions.includes(asking) && (
        <CommentForm
          key={asking}
          report={report}
          action={asking}
          onDone={(action) => {
            setAsking(null);
            onDone(action);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
