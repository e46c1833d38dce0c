import { useState } from 'react';
import { z } from 'zod';
import { note, TEXT_LIMITS } from '../../../../src/kernel/fields.ts';
import type { AlertDetailView } from '../../../../src/modules/warning/schemas.ts';
import { ApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { TextAreaInput } from '../../components/Form.tsx';
import { filled } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { mayWarning } from './roles.ts';
import { useAcknowledgeAlert, useResolveAlert } from './queries.ts';

const acknowledgeSchema = z.object({ note: filled(note(1, TEXT_LIMITS.note), 'warn.ack.noteMissing') });
const resolveSchema = z.object({ reason: filled(note(3, TEXT_LIMITS.note), 'warn.resolve.reasonMissing') });

type Action = 'acknowledge' | 'resolve';

interface FormProps {
  alert: AlertDetailView;
  onDone: (done: MessageKey) => void;
  onCancel: () => void;
  /** Someone else changed the alert meanwhile (409): said by the panel, the form kept as typed. */
  onStale: (message: string) => void;
}

/** Sends, and hands a conflict (409) to `onStale` instead of the form: the alert was read again meanwhile. */
async function sending(send: () => Promise<unknown>, onStale: (message: string) => void, t: Translate): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) throw error;
    onStale(errorText(error, t));
    return false;
  }
}

/** The note that acknowledges the alert (required): what is known and what will be done. */
function AcknowledgeForm({ alert, onDone, onCancel, onStale }: FormProps) {
  const { t } = useI18n();
  const form = useSchemaForm(acknowledgeSchema, { note: '' });
  const acknowledge = useAcknowledgeAlert(alert.id ?? '');
  return (
    <SubForm
      form={form}
      title={t('warn.ack.title')}
      submitLabel={t('warn.ack.submit')}
      onCancel={onCancel}
      onSubmit={async (values) => {
        // The version on screen now: after a reload (409) the next try sends the new one.
        if (await sending(() => acknowledge.mutateAsync({ version: alert.version ?? 1, note: values.note }), onStale, t)) onDone('warn.ack.done');
      }}
    >
      <TextAreaInput form={form} name="note" className="field-wide" label={t('warn.ack.note')} hint={t('warn.ack.noteHint')} mark={t('common.required')} rows={3} maxLength={TEXT_LIMITS.note} />
    </SubForm>
  );
}

/** The reason that resolves the alert by hand (required). */
function ResolveForm({ alert, onDone, onCancel, onStale }: FormProps) {
  const { t } = useI18n();
  const form = useSchemaForm(resolveSchema, { reason: '' });
  const resolve = useResolveAlert(alert.id ?? '');
  return (
    <SubForm
      form={form}
      title={t('warn.resolve.title')}
      submitLabel={t('warn.resolve.submit')}
      onCancel={onCancel}
      onSubmit={async (values) => {
        if (await sending(() => resolve.mutateAsync({ version: alert.version ?? 1, reason: values.reason }), onStale, t)) onDone('warn.resolve.done');
      }}
    >
      <TextAreaInput form={form} name="reason" className="field-wide" label={t('warn.resolve.reason')} hint={t('warn.resolve.reasonHint')} mark={t('common.required')} rows={3} maxLength={TEXT_LIMITS.note} />
    </SubForm>
  );
}

/**
 * Acknowledge (with a note) and resolve (with a reason): only what the server says this user may
 * do now (`can`). Someone else's change meanwhile is said in words and the alert read again.
 */
export function AlertActions({ alert, onDone }: { alert: AlertDetailView; onDone: (done: MessageKey) => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [open, setOpen] = useState<Action | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const actions = (['acknowledge', 'resolve'] as const).filter((action) => alert.can[action]);
  const finished = (done: MessageKey) => {
    setOpen(null);
    setStale(null);
    onDone(done);
  };
  const formProps = { alert, onDone: finished, onCancel: () => setOpen(null), onStale: setStale };
  // Nothing to offer those who never handle alerts (officers, oversight): the panel is left out.
  if (actions.length === 0 && !stale && alert.status !== 'resolved' && !mayWarning(user, 'handle')) return null;
  return (
    <section className="panel alert-actions" aria-labelledby="alert-actions" data-testid="alert-actions">
      <h2 id="alert-actions">{t('warn.page.actions')}</h2>
      {stale && <ErrorAlert>{stale}</ErrorAlert>}
      {alert.status === 'resolved' ? (
        <p className="muted">{t('warn.page.resolvedNote')}</p>
      ) : (
        actions.length === 0 && <p className="muted">{t('warn.page.noActions')}</p>
      )}
      {actions.length > 0 && (
        <div className="row-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button ${action === 'acknowledge' ? 'button-primary' : 'button-secondary'}`}
              aria-expanded={open === action}
              onClick={() => setOpen(open === action ? null : action)}
            >
              {t(action === 'acknowledge' ? 'warn.ack.open' : 'warn.resolve.open')}
            </button>
          ))}
        </div>
      )}
      {open === 'acknowledge' && alert.can.acknowledge && <AcknowledgeForm {...formProps} />}
      {open === 'resolve' && alert.can.resolve && <ResolveForm {...formProps} />}
    </section>
  );
}
