import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, type Centre, type MovementRequest, type Whereabouts } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { RELEASE_REASONS } from '../../vocabulary.ts';
import { may } from './roles.ts';

type Action = 'release' | 'transfer';

interface MovementFormProps {
  personId: string;
  current: Whereabouts;
  centres: Map<string, Centre>;
  onRecorded: (action: Action) => void;
}

/**
 * Release or transfer, posted as a movement: the actions the user's roles allow. A move to
 * another cell has its own screen, with the placement check (/persons/:id/move).
 */
export function MovementForm({ personId, current, centres, onRecorded }: MovementFormProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const ids = useId();
  const inside = current.state === 'in';
  const actions = (['release', 'transfer'] as const).filter(
    (a) => may(user, a) && (a === 'release' ? current.state === 'in' || current.state === 'out' : inside),
  );
  const mayMoveCell = may(user, 'internal_move') && inside;
  const [action, setAction] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ message: string; field?: string | undefined } | null>(null);
  const [busy, setBusy] = useState(false);

  if (actions.length === 0 && !mayMoveCell) return null;

  function choose(next: Action | null) {
    setAction(next);
    setReason('');
    setTo('');
    setNote('');
    setError(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!action) return;
    if (action === 'release' && !reason) return setError({ message: t('move.reasonMissing'), field: 'reason' });
    if (action === 'transfer' && !to.trim()) return setError({ message: t('move.toMissing'), field: 'to' });
    const movement: MovementRequest =
      action === 'release'
        ? { type: reason === 'death' ? 'death' : 'release', reason, note: note.trim() || null }
        : { type: action, to: to.trim().toUpperCase(), reason: reason.trim() || null, note: note.trim() || null };
    setBusy(true);
    setError(null);
    try {
      await api.recordMovement(personId, movement);
      const done = action;
      choose(null);
      onRecorded(done);
    } catch (failure) {
      const field = failure instanceof ApiError && (failure.field === 'to' || failure.field === 'reason') ? failure.field : undefined;
      setError({ message: errorText(failure, t), field });
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('move.title')}</h2>
      <div className="row-actions" role="group" aria-label={t('move.choose')}>
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={`button ${action === a ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={action === a}
            onClick={() => choose(action === a ? null : a)}
          >
            {t(`move.action.${a}`)}
          </button>
        ))}
        {mayMoveCell && (
          <Link to={`/persons/${encodeURIComponent(personId)}/move`} className="button button-secondary">
            {t('move.action.internal_move')}
          </Link>
        )}
      </div>
      {action && (
        <form className="form form-grid subform" onSubmit={submit} noValidate aria-label={t(`move.action.${action}`)}>
          {error && !error.field && <ErrorAlert>{error.message}</ErrorAlert>}
          {action === 'release' ? (
            <SelectField
              label={t('move.releaseReason')}
              value={reason}
              onChange={setReason}
              placeholder={t('common.choose')}
              options={RELEASE_REASONS.map((r) => ({ value: r, label: t(`releaseReason.${r}`) }))}
              error={fieldError('reason')}
              required
            />
          ) : (
            <>
              <TextField
                label={t('move.toTransfer')}
                hint={t('move.toTransferHint')}
                value={to}
                onChange={(v) => setTo(v.toUpperCase())}
                list={`${ids}-targets`}
                autoComplete="off"
                spellCheck={false}
                error={fieldError('to')}
                required
              />
              <datalist id={`${ids}-targets`}>
                {[...centres.values()]
                  .filter((c) => c.code !== current.centre)
                  .map((c) => (
                    <option key={c.code} value={c.code} label={c.name} />
                  ))}
              </datalist>
              <TextField label={t('move.reason')} value={reason} onChange={setReason} maxLength={300} />
            </>
          )}
          <TextAreaField className="field-wide" label={t('move.note')} value={note} onChange={setNote} maxLength={2000} rows={2} />
          {error?.field && <p className="inline-error field-wide">{t('move.fixField')}</p>}
          <div className="form-actions field-wide">
            <button type="submit" className={`button ${action === 'release' ? 'button-danger' : 'button-primary'}`} disabled={busy}>
              {busy ? t('common.saving') : t(`move.submit.${action}`)}
            </button>
            <button type="button" className="button button-link" onClick={() => choose(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
