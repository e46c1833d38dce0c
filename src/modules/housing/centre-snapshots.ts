import type { Queryable } from '../../db/engine.ts';
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
 * Only the surroundings (groups in the wing and pavilion, the dominant group) and the suggested
 * cells' ranking read it; every fact that blocks a move is read fresh, inside the move's
 * transaction.
 */
export const MAX_AGE_MS = 30_000;

interface Entry {
  builtAt: number;
  day: string;
  snapshot: Promise<CentreSnapshot>;
}

const cache = new WeakMap<object, Map<string, Entry>>();
/** Every database's entries, to drop a centre everywhere (tests open several databases). */
const tables = new Set<Map<string, Entry>>();

function forget(centres: readonly string[] | 'all'): void {
  for (const table of tables) {
    if (centres === 'all') table.clear();
    else for (const centre of centres) table.delete(centre);
  }
}

onAuditedCommit((events) => {
  const centres = new Set<string>();
  for (const event of events) {
    if (event.centre) centres.add(event.centre);
    else if (event.action.startsWith('group.') || event.action === 'import.applied') return forget('all');
  }
  forget([...centres]);
});
onRollChanged((change) => forget(change.centres));

/**
 * The centre's snapshot as of `at`'s day: kept if fresh, else read now. Inside a transaction a
 * missing snapshot is read through the transaction and not kept (the transaction may roll back).
 */
export async function centreSnapshot(
  db: Queryable,
  centre: string,
  at: Date,
  options: { cache: object | null; inTransaction?: boolean },
): Promise<CentreSnapshot> {
  const day = today(at);
  if (day !== today(new Date()) || options.cache === null) return buildCentreSnapshot(db, centre, at);
  let table = cache.get(options.cache);
  const entry = table?.get(centre);
  if (entry && entry.day === day && Date.now() - entry.builtAt < MAX_AGE_MS) return entry.snapshot;
  if (options.inTransaction) return buildCentreSnapshot(db, centre, at);
  if (!table) {
    table = new Map();
    cache.set(options.cache, table);
    tables.add(table);
  }
  const snapshot = buildCentreSnapshot(db, centre, at);
  const fresh: Entry = { builtAt: Date.now(), day, snapshot };
  table.set(centre, fresh);
  snapshot.catch(() => {
    if (table.get(centre) === fresh) table.delete(centre);
  });
  return snapshot;
}
