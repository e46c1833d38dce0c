import { useId, useState } from 'react';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import { Pager } from '../../components/Pager.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { IncidentTable } from './IncidentTable.tsx';
import { useLocationIncidents, usePersonIncidents } from './queries.ts';
import { mayIncident } from './roles.ts';

type Of = { person: string } | { location: string };

function IncidentsOfList({ of }: { of: Of }) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const ofPerson = usePersonIncidents('person' in of ? of.person : '', window, 'person' in of);
  const ofLocation = useLocationIncidents('location' in of ? of.location : '', window, 'location' in of);
  const query = 'person' in of ? ofPerson : ofLocation;
  const title = t('person' in of ? 'inc.of.person' : 'inc.of.location');
  const page = query.data;
  return (
    <section className="panel" aria-labelledby={id} data-testid="incidents-of">
      <h2 id={id}>{title}</h2>
      {!page && <LoadState query={query} />}
      {page &&
        (page.total === 0 ? (
          <p className="muted">{t('inc.of.none')}</p>
        ) : (
          <>
            {page.total > page.limit && <Pager total={page.total} offset={page.offset} limit={page.limit} onChange={setWindow} label={title} busy={query.isFetching} />}
            <IncidentTable items={page.items} caption={t('inc.list.caption', { count: formatNumber(page.total) })} />
          </>
        ))}
    </section>
  );
}

/** The incidents a person was involved in, or that happened in a location (or under it): for those who read incidents. */
export function IncidentsOf(props: Of) {
  const { user } = useSession();
  return mayIncident(user, 'read') ? <IncidentsOfList of={props} /> : null;
}
