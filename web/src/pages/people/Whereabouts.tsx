import type { Episode, Whereabouts as Where } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useLocationView } from '../estate/queries.ts';
import { useCentreTime } from '../roll/clock.ts';
import { PersonStateBadge } from './PersonStateBadge.tsx';

interface WhereaboutsProps {
  current: Where | null;
  centreName: (code: string | null) => string;
  /** The newest episode, for the release of someone no longer in custody. */
  lastEpisode: Episode | null;
}

/** The path to the cell (pavilion › wing › cell), by name, each linking to its location page. */
function CellPath({ code }: { code: string }) {
  const view = useLocationView(code).data;
  const steps = view ? [...view.ancestors, view.location] : [{ code, name: code }];
  return (
    <>
      {steps.map((step, index) => (
        <span key={step.code ?? index}>
          {index > 0 && <span aria-hidden="true"> › </span>}
          <Link to={`/locations/${encodeURIComponent(step.code ?? code)}`}>{step.name ?? step.code}</Link>
        </span>
      ))}
      <span className="code-note">{code}</span>
    </>
  );
}

/** Where the person is now (centre → cell, in or out), or that they are not in custody. */
export function Whereabouts({ current, centreName, lastEpisode }: WhereaboutsProps) {
  const { t } = useI18n();
  const { when: formatWhen } = useCentreTime(current?.centre ?? lastEpisode?.centre);
  return (
    <section className="panel whereabouts" aria-labelledby="person-where">
      <h2 id="person-where">{t('person.where')}</h2>
      {current ? (
        <>
          <p className="where-path">
            <Link to={`/centres/${encodeURIComponent(current.centre)}`}>{centreName(current.centre)}</Link>
            <span aria-hidden="true"> › </span>
            {current.location ? <CellPath code={current.location} /> : <span className="muted">{t('person.unplaced')}</span>}
          </p>
          <p>
            <PersonStateBadge state={current.state} outReason={current.outReason} />{' '}
            <span className="muted">{t('person.sinceWhen', { when: formatWhen(current.since) })}</span>
          </p>
        </>
      ) : (
        <>
          <p className="where-none">{t('person.notInCustody')}</p>
          {lastEpisode?.releasedAt && (
            <p className="muted">
              {t('person.releasedOn', {
                when: formatWhen(lastEpisode.releasedAt),
                centre: centreName(lastEpisode.centre),
                reason: t(`releaseReason.${lastEpisode.releaseReason ?? 'unspecified'}`),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
