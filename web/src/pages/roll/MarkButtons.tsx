import { useEffect, useRef, useState } from 'react';
import { MARKS, type ListedPerson, type Mark } from '../../api-roll.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { useMark } from './queries.ts';

const BUTTON: Record<Mark, string> = {
  verified: 'button-mark button-verified',
  injured: 'button-mark button-injured',
  hostage: 'button-mark button-hostage',
  dead: 'button-mark button-dead',
};

/**
 * What was found of a person, in one click: verified, injured, hostage; dead after a
 * confirmation (it records the death and cannot be changed here).
 */
export function MarkButtons({ emergencyId, person, onMarked }: { emergencyId: string; person: ListedPerson; onMarked: (text: string) => void }) {
  const { t } = useI18n();
  const [confirmDead, setConfirmDead] = useState(false);
  const marking = useMark(emergencyId);
  const busy = marking.isPending;
  const error = marking.error ? errorText(marking.error, t) : null;
  const name = listName(person);
  const deadRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  // The question takes the focus, so that it is read before anything is pressed.
  useEffect(() => {
    if (confirmDead) confirmRef.current?.focus();
  }, [confirmDead]);
  const cancelDead = () => {
    setConfirmDead(false);
    window.setTimeout(() => deadRef.current?.focus(), 0);
  };

  if (person.status === 'dead' || person.status === 'escaped') return <span className="muted">{t('emergency.mark.final')}</span>;

  async function mark(status: Mark) {
    // The row may leave its list once the mark is recorded: the promise, not a callback of this component.
    const done = await marking.mutateAsync({ person: person.id, status }).then(
      () => true,
      () => false, // said by marking.error
    );
    if (!done) return;
    setConfirmDead(false);
    onMarked(t('emergency.mark.done', { name, status: t(`verification.${status}`) }));
  }

  const problem = error && (
    <p className="inline-error" role="alert">
      {error}
    </p>
  );

  if (confirmDead) {
    return (
      <div className="mark-confirm" role="group" aria-label={t('emergency.mark.confirmDeadLabel', { name })} tabIndex={-1} ref={confirmRef}>
        <p className="confirm-text">{t('emergency.mark.confirmDead', { name })}</p>
        <button type="button" className="button button-small button-dead" onClick={() => mark('dead')} disabled={busy}>
          {t('emergency.mark.confirmDeadYes')}
        </button>
        <button type="button" className="button button-small button-link" onClick={cancelDead} disabled={busy}>
          {t('common.cancel')}
        </button>
        {problem}
      </div>
    );
  }

  return (
    <div className="mark-buttons" role="group" aria-label={t('emergency.mark.label', { name })}>
      {MARKS.map((status) => (
        <button
          key={status}
          type="button"
          className={`button button-small ${BUTTON[status]}`}
          aria-pressed={person.status === status}
          ref={status === 'dead' ? deadRef : undefined}
          disabled={busy}
          onClick={() => (status === 'dead' ? setConfirmDead(true) : mark(status))}
        >
          {t(`emergency.mark.${status}`)}
        </button>
      ))}
      {problem}
    </div>
  );
}
