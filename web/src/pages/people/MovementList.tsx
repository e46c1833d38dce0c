import type { PersonMovement as Movement } from '../../api-people.ts';
import { hasMessage, useI18n } from '../../i18n/index.ts';
import { useCentreClocks } from '../roll/clock.ts';

/** Every movement recorded for the person, newest first, as a timeline. */
export function MovementList({ movements }: { movements: Movement[] }) {
  const { t } = useI18n();
  // Each movement on the clock of the centre it happened at (where they went; where they left).
  const clockOf = useCentreClocks();
  const formatWhen = (m: Movement, iso: string) => clockOf(m.toCentre ?? m.fromCentre).when(iso);
  const ordered = [...movements].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  // A cell's code starts with its centre's: the cell says both.
  const place = (centre: string | null, location: string | null) => location ?? centre ?? '';
  // Releases and cell moves record a code as their reason; other movements, free text.
  const reasonText = (type: Movement['type'], reason: string) => {
    const key = type === 'internal_move' ? `cellMoveReason.${reason}` : `releaseReason.${reason}`;
    return hasMessage(key) ? t(key) : reason;
  };
  return (
    <section className="panel" aria-labelledby="person-movements">
      <h2 id="person-movements">{t('movements.title')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('movements.none')}</p>
      ) : (
        <ol className="timeline">
          {ordered.map((m) => (
            <li key={m.id} className={`timeline-item timeline-${m.type}`}>
              <time dateTime={m.at} className="timeline-when">
                {formatWhen(m, m.at)}
              </time>
              <div className="timeline-body">
                <strong>{t(`movementType.${m.type}`)}</strong>
                {(m.fromCentre || m.toCentre) && (
                  <span className="timeline-route">
                    {m.fromCentre && <span className="code">{place(m.fromCentre, m.fromLocation)}</span>}
                    {m.fromCentre && m.toCentre && <span aria-hidden="true"> → </span>}
                    {m.fromCentre && m.toCentre && <span className="visually-hidden"> {t('movements.to')} </span>}
                    {m.toCentre && <span className="code">{place(m.toCentre, m.toLocation)}</span>}
                  </span>
                )}
                {m.reason && <span className="timeline-reason">{reasonText(m.type, m.reason)}</span>}
                <span className="cell-note">{t('common.recorded', { when: formatWhen(m, m.recordedAt), who: m.recordedBy })}</span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
