import { useId, useState } from 'react';
import type { PersonMovement, Whereabouts } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { ActionForm } from './movements/ActionForm.tsx';
import { destinationOf, offeredActions, type MovementAction } from './movements/rules.ts';
import { may } from './roles.ts';
import './movements/movements.css';

export type { MovementAction };

interface MovementFormProps {
  personId: string;
  current: Whereabouts;
  /** The person's movements, newest first (an en-route person's destination is their last departure's). */
  movements: readonly PersonMovement[];
  onRecorded: (action: MovementAction) => void;
}

/**
 * The movements a person's state allows and the user's roles allow, each a button opening its
 * form: to court or hospital and back, a transfer (at once, or departure then arrival), an
 * escape, a recapture, a release with its reason, a death. A move to another cell has its own
 * screen, with the placement check and overrides (/persons/:id/move).
 */
export function MovementForm({ personId, current, movements, onRecorded }: MovementFormProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const ids = useId();
  const centres = useCentres();
  const destination = destinationOf(current, movements);
  const otherCentres = (centres.data ?? []).filter((c) => c.code !== current.centre).length;
  const actions = offeredActions(user, current, { destination, otherCentres });
  const mayMoveCell = may(user, 'internal_move') && current.state === 'in';
  const [action, setAction] = useState<MovementAction | null>(null);

  if (actions.length === 0 && !mayMoveCell) return null;

  return (
    <section className="panel" aria-labelledby={`${ids}-title`} data-testid="movement-panel">
      <h2 id={`${ids}-title`}>{t('mv.title')}</h2>
      {current.state === 'en_route' && destination && <p className="muted">{t('mv.arrivalNote', { centre: destination })}</p>}
      <div className="row-actions movement-actions" role="group" aria-label={t('mv.choose')}>
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={`button ${action === a ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={action === a}
            onClick={() => setAction(action === a ? null : a)}
          >
            {t(`mv.action.${a}`)}
          </button>
        ))}
        {mayMoveCell && (
          <Link to={`/persons/${encodeURIComponent(personId)}/move`} className="button button-secondary">
            {t('move.action.internal_move')}
          </Link>
        )}
      </div>
      {action && actions.includes(action) && (
        <ActionForm
          key={action}
          personId={personId}
          current={current}
          action={action}
          destination={destination}
          onCancel={() => setAction(null)}
          onRecorded={(done) => {
            setAction(null);
            onRecorded(done);
          }}
        />
      )}
    </section>
  );
}
