import type { Queryable } from '../../db/engine.ts';
// The snapshot cache ages by the wall clock (a cache, not a record): the system clock, always.
import { systemClock } from '../../kernel/clock.ts';
import { onAuditedCommit } from '../audit/index.ts';
import { onRollChanged } from '../roll/index.ts';
import { buildCentreSnapshot, today, type CentreSnapshot } from './neighbourhood.ts';

/**
 * Reading a whole centre (9,000 people, their groups, 2,000 locations) takes a few hundred
 * milliseconds; checking a placement must take a few. So the snapshot of a centre — who is
 * where, with which risk and groups — is kept between requests and dropped as soon as this
 * process commits anything about that centre (every write is audited: `onAuditedCommit`; the
 * roll announces both centres of a transfer) or about groups nationally. Another process
 * writing to the same database is seen within `MAX_AGE_MS`.
 *
 * A dropped snapshot is read again in the background while the checks shown on screen go on
 * using the previous one for the groups around (a read takes a few hundred milliseconds in a
 * 9,000-person centre); the facts that block are read fresh on every check. A move, inside its
 * transaction, never uses a dropped snapshot: it reads the centre itself.
 */
export const MAX_AGE_MS = 30_000;

interface Entry {
  builtAt: number;
  day: string;
  /** The centre's change count when it was read: older than the count now = stale. */
  version: number;
  snapshot: Promise<CentreSnapshot>;
}

interface Table {
  entries: Map<string, Entry>;
  /** Changes committed per centre, counted. */
  versions: Map<string, number>;
  /** Reads under way, per centre. */
  reading: Map<string, Promise<CentreSnapshot>>;
}

const cache = new WeakMap<object, Table>();
/** Every database's table, to count a change everywhere (tests open several databases). */
const tables = new Set<Table>();

function changed(centres: readonly string[] | 'all'): void {
  for (const table of tables) {
    const touched = centres === 'all' ? [...table.entries.keys()] : centres;
    for (const centre of touched) table.versions.set(centre, (table.versions.get(centre) ?? 0) + 1);
  }
}

/** Audited reads change nothing. */
const READS = new Set(['membership.read', 'group.members_read', 'power_map.read']);

onAuditedCommit((events) => {
  const centres = new Set<string>();
  for (const event of events) {
    if (READS.has(event.action)) continue;
    if (event.centre) centres.add(event.centre);
    else if (event.action.startsWith('group.') || event.action === 'import.applied') return changed('all');
  }
  changed([...centres]);
});
onRollChanged((change) => changed(change.centres));

/**
 * The centre's snapshot as of `at`'s day. Inside a transaction only a current one is used; else
 * the centre is read through the transaction and not kept (the transaction may roll back).
 */
export async function centreSnapshot(
  db: Queryable,
  centre: string,
  at: Date,
  options: { cache: object | null; inTransaction?: boolean },
): Promise<CentreSnapshot> {
  const day = today(at);
  if (day !== today(systemClock.now()) || options.cache === null) return buildCentreSnapshot(db, centre, at);
  let table = cache.get(options.cache);
  if (!table) {
    table = { entries: new Map(), versions: new Map(), reading: new Map() };
    cache.set(options.cache, table);
    tables.add(table);
  }
  const version = table.versions.get(centre) ?? 0;
  const entry = table.entries.get(centre);
  const usable = entry !== undefined && entry.day === day && systemClock.now().getTime() - entry.builtAt < MAX_AGE_MS;
  if (usable && entry.version === version) return entry.snapshot;
  if (options.inTransaction) return buildCentreSnapshot(db, centre, at);
  const read = table.reading.get(centre) ?? startReading(table, db, centre, at, day, version);
  // A changed snapshot still serves the groups around while the centre is read again.
  return usable ? entry.snapshot : read;
}

/** The centre's snapshot if it is current (nothing changed since it was read), else null; reads nothing. */
export function currentSnapshot(centre: string, at: Date, cacheKey: object | null): Promise<CentreSnapshot> | null {
  const table = cacheKey ? cache.get(cacheKey) : undefined;
  const entry = table?.entries.get(centre);
  if (!table || !entry || entry.day !== today(at) || systemClock.now().getTime() - entry.builtAt >= MAX_AGE_MS) return null;
  return entry.version === (table.versions.get(centre) ?? 0) ? entry.snapshot : null;
}

function startReading(table: Table, db: Queryable, centre: string, at: Date, day: string, version: number): Promise<CentreSnapshot> {
  const builtAt = systemClock.now().getTime();
  const snapshot = buildCentreSnapshot(db, centre, at);
  table.reading.set(centre, snapshot);
  snapshot.then(
    () => {
      table.reading.delete(centre);
      table.entries.set(centre, { builtAt, day, version, snapshot });
    },
    () => table.reading.delete(centre),
  );
  return snapshot;
}
