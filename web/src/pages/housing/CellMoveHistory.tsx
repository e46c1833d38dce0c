import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { FindingList } from './FindingList.tsx';
import { useCellMoves, useZoneOfCentre } from './queries.ts';

/** The person's cell moves decided through the placement check, newest first; overrides stand out. */
export function CellMoveHistory({ personId }: { personId: string }) {
  const { t, formatWhen } = useI18n();
  // The findings come written in the user's language: asked again when it changes.
  const moves = useCellMoves(personId);
  const zoneOf = useZoneOfCentre();
  return (
    <section className="panel" aria-labelledby="person-cell-moves" data-testid="cell-moves">
      <h2 id="person-cell-moves">{t('cellMoves.title')}</h2>
      <LoadState query={moves} />
      {moves.data &&
        (moves.data.length === 0 ? (
          <p className="muted">{t('cellMoves.none')}</p>
        ) : (
          <ol className="timeline">
            {moves.data.map((m) => (
              <li key={m.id} className={`timeline-item ${m.overridden ? 'timeline-override' : ''}`} data-move={m.id} data-overridden={m.overridden}>
                <time dateTime={m.at} className="timeline-when">
                  {formatWhen(m.at, zoneOf(m.centre))}
                </time>
                <div className="timeline-body">
                  <strong>
                    <span className="code">{m.from ?? t('person.unplaced')}</span> <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> {t('movements.to')} </span> <span className="code">{m.to}</span>
                  </strong>
                  {m.overridden && <span className="badge badge-danger">{t('cellMoves.overridden')}</span>}
                  <span className="timeline-reason">
                    {t(`cellMoveReason.${m.reasonCode}`)}: {m.comment}
                  </span>
                  {m.overridden && (
                    <div className="override-detail">
                      <p>
                        {t('cellMoves.authorisedBy', { who: m.authorisedBy ?? '—' })} <q>{m.overrideReason}</q>
                      </p>
                      <FindingList items={m.blocking} tone="danger" />
                    </div>
                  )}
                  <FindingList items={m.warnings} tone="warn" />
                  <span className="cell-note">{t('common.recorded', { when: formatWhen(m.at, zoneOf(m.centre)), who: m.recordedBy })}</span>
                </div>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
