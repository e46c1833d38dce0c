import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { PageOf } from '../../kernel/paging.ts';
import { findLocationInCaseload, listAllCentres, listSubtree } from '../estate/index.ts';
import { isPersonVisible } from '../register/index.ts';
import { summaryOf } from './get-incident.ts';
import { selectIncidentPage, type IncidentFilter } from './list-repository.ts';
import type { IncidentListQuery, IncidentsOfQuery, IncidentStatus, IncidentSummary, IncidentView } from './schemas.ts';

type Viewer = Pick<Principal, 'caseload' | 'username'>;

const VIEW_STATUS: Record<IncidentView, IncidentStatus> = { my_drafts: 'draft', to_review: 'submitted', closed: 'closed' };

/** The instant a calendar day begins in a time zone. */
export function dayStartIn(day: string, timeZone: string): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(guess)
      .map((p) => [p.type, p.value]),
  );
  const shown = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return new Date(guess.getTime() - (shown - guess.getTime()));
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The `from`/`to` days as windows of instants, one per time zone of the centres in scope. */
async function periods(db: Queryable, scope: readonly string[] | null, from?: string, to?: string): Promise<IncidentFilter['periods']> {
  if (!from && !to) return undefined;
  const byZone = new Map<string, string[]>();
  for (const centre of await listAllCentres(db)) {
    if (scope !== null && !scope.includes(centre.code)) continue;
    byZone.set(centre.timezone, [...(byZone.get(centre.timezone) ?? []), centre.code]);
  }
  return [...byZone].map(([zone, centres]) => ({
    centres,
    from: from ? dayStartIn(from, zone) : null,
    to: to ? dayStartIn(nextDay(to), zone) : null,
  }));
}

function present(page: Awaited<ReturnType<typeof selectIncidentPage>>): PageOf<IncidentSummary> {
  return {
    ...page,
    items: page.items.map(({ description, deaths, injuries, ...r }) => ({
      ...r,
      startedAt: r.startedAt.toISOString(),
      endedAt: r.endedAt ? r.endedAt.toISOString() : null,
      reportedAt: r.reportedAt.toISOString(),
      casualties: { deaths, injuries },
      summary: summaryOf(description),
    })),
  };
}

/** A period whose `to` comes before its `from` holds no day: said on `to`, never an empty page. */
function refuseReversedPeriod(from: string | undefined, to: string | undefined): void {
  if (from === undefined || to === undefined || from <= to) return;
  throw new AppError(
    'VALIDATION_FAILED',
    { detail: { es: `to: el día final (${to}) es anterior al inicial (${from})`, en: `to: the last day (${to}) is before the first (${from})` } },
    'to',
  );
}

/**
 * The incidents of the caseload, filtered and paged (newest start first by default). A centre
 * outside the caseload lists nothing; `location` takes everything under it; the views are my
 * drafts, those to review (submitted) and the closed ones.
 */
export async function listIncidents(db: Queryable, principal: Viewer, query: IncidentListQuery): Promise<PageOf<IncidentSummary>> {
  refuseReversedPeriod(query.from, query.to);
  const window = { limit: query.limit ?? 50, offset: query.offset ?? 0 };
  const order = { sort: query.sort ?? 'startedAt', dir: query.dir ?? 'desc' } as const;
  if (query.centre && !isInCaseload(principal, query.centre)) return { total: 0, ...window, items: [] };
  const centres = query.centre ? [query.centre] : caseloadScope(principal);
  const viewStatus = query.view ? VIEW_STATUS[query.view] : undefined;
  // A view and a status filter together: what both allow (nothing when they disagree).
  const statuses = viewStatus ? [viewStatus].filter((s) => !query.status || query.status.includes(s)) : query.status;
  let locations: string[] | undefined;
  if (query.location) {
    const subtree = await listSubtree(db, query.location).catch(() => []);
    locations = subtree.filter((l) => isInCaseload(principal, l.centre)).map((l) => l.code);
  }
  const filter: IncidentFilter = {
    centres,
    types: query.type,
    statuses,
    severities: query.severity,
    periods: await periods(db, centres, query.from, query.to),
    person: query.person,
    locations,
    emergency: query.emergency,
    reportedBy: query.reportedBy === 'me' || query.view === 'my_drafts' ? principal.username : undefined,
  };
  return present(await selectIncidentPage(db, filter, order, window));
}

/** The incidents a person was involved in, within the caseload (404 for a person the user cannot see). */
export async function incidentsOfPerson(db: Queryable, principal: Viewer, person: string, query: IncidentsOfQuery): Promise<PageOf<IncidentSummary>> {
  if (!(await isPersonVisible(db, principal, person))) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'id');
  return listIncidents(db, principal, { ...query, person });
}

/** The incidents at a location and everything under it (404 outside the caseload). */
export async function incidentsOfLocation(db: Queryable, principal: Viewer, code: string, query: IncidentsOfQuery): Promise<PageOf<IncidentSummary>> {
  await findLocationInCaseload(db, principal, code);
  return listIncidents(db, principal, { ...query, location: code });
}
