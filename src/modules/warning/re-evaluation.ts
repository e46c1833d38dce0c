import type { Database } from '../../db/engine.ts';
import { systemClock, type Clock } from '../../kernel/clock.ts';
import { onAuditedCommit, SYSTEM_ACTOR, type AuditEvent } from '../audit/index.ts';
import { listAllCentres } from '../estate/index.ts';
import { onRollChanged } from '../roll/index.ts';
import { evaluateWarning } from './evaluate.ts';
import { reconcileAlerts } from './reconcile-alerts.ts';

/** How long a centre waits after its last change before it is re-evaluated (changes come in bursts). */
export const REEVALUATION_DEBOUNCE_MS = 1_000;
/** Every centre is re-evaluated this often besides (time alone changes some signals: a pretrial limit passes). */
export const REEVALUATION_INTERVAL_MS = 10 * 60_000;
/** The longest a queued centre waits while changes keep coming. */
const MAX_WAIT_MS = 5_000;

/** Audited reads change no fact. */
const READS = new Set(['membership.read', 'group.members_read', 'power_map.read']);
/** Changes of no centre that touch every centre's facts (a membership, a group's rivalry, an import). */
const NATIONAL = /^(group|membership|import|centre)\./;

/**
 * The centres whose facts an audited commit changed: its entries' centres, or every centre for a
 * national change of groups or memberships or an import; none for the alerts' own entries (no
 * loop) and for audited reads.
 */
export function centresTouched(events: readonly AuditEvent[]): string[] | 'all' {
  const centres = new Set<string>();
  for (const event of events) {
    if (event.action.startsWith('alert.') || READS.has(event.action)) continue;
    if (event.centre) centres.add(event.centre);
    else if (NATIONAL.test(event.action)) return 'all';
  }
  return [...centres];
}

export interface WarningReevaluation {
  /** Queues these centres (or all) for re-evaluation after the debounce. */
  touch(centres: readonly string[] | 'all'): void;
  /** Evaluates every centre now (the schedule's run) and reconciles their alerts. */
  evaluateAll(): Promise<void>;
  /** Starts the schedule: every centre every `intervalMs`. */
  startSchedule(intervalMs?: number): void;
  /** Resolves once nothing is queued or running. */
  idle(): Promise<void>;
  /** Stops listening and the schedule, drops what is queued, and waits for what is running. */
  stop(): Promise<void>;
  /** Starts listening to audited commits and roll changes (idempotent). */
  listen(): void;
  /** Where failures are reported (the server's log). */
  onError(report: (error: unknown) => void): void;
}

const instances = new WeakMap<object, Set<WarningReevaluation>>();
const lastEvaluations = new WeakMap<object, Map<string, string>>();

/** When this process last evaluated a centre's alerts on this database (null: not yet). */
export function lastEvaluationOf(db: object, centre: string): string | null {
  return lastEvaluations.get(db)?.get(centre) ?? null;
}

/** Waits until the re-evaluation of this database (if started) has nothing queued or running: for tests. */
export async function whenWarningIdle(db: object): Promise<void> {
  await Promise.all([...(instances.get(db) ?? [])].map((instance) => instance.idle()));
}

/**
 * Re-evaluates the early warning off the request path. With `listen`, every audited commit and
 * every roll change queues the centres whose facts changed; the queue is evaluated `debounceMs`
 * after the last change (changes come in bursts), or `MAX_WAIT_MS` after the first if changes keep
 * coming, all queued centres in one evaluation (the history is read once for all of them), one
 * evaluation at a time (changes during one queue the next). Evaluations reconcile each centre's
 * alerts as the system. The schedule (started by the server) evaluates every centre besides.
 * With `centresPerEvaluation`, the centres are evaluated that many at a time, their history read
 * for them alone: the embedded engine runs one query at a time, and a national read would hold
 * every user's request behind it for seconds; one centre at a time, a request waits for one
 * centre's read at most.
 */
export function startWarningReevaluation(
  db: Database,
  options: { clock?: Clock; debounceMs?: number; listen?: boolean; centresPerEvaluation?: number } = {},
): WarningReevaluation {
  const clock = options.clock ?? systemClock;
  const debounceMs = options.debounceMs ?? REEVALUATION_DEBOUNCE_MS;
  const centresPerEvaluation = Math.max(1, options.centresPerEvaluation ?? Number.POSITIVE_INFINITY);
  const queued = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstQueuedAt: number | null = null;
  let running: Promise<void> | null = null;
  const busy = new Set<Promise<unknown>>();
  let waiters: (() => void)[] = [];
  let report: (error: unknown) => void = () => {};
  let stopped = false;
  let schedule: ReturnType<typeof setInterval> | null = null;
  const evaluated = lastEvaluations.get(db) ?? new Map<string, string>();
  lastEvaluations.set(db, evaluated);

  const isIdle = () => timer === null && running === null && queued.size === 0 && busy.size === 0;
  const settle = () => {
    if (!isIdle()) return;
    const ready = waiters;
    waiters = [];
    ready.forEach((resolve) => resolve());
  };
  const track = <T>(work: Promise<T>): Promise<T> => {
    busy.add(work);
    const done = () => {
      busy.delete(work);
      settle();
    };
    work.then(done, done);
    return work;
  };

  async function evaluateCentres(centres: readonly string[]): Promise<void> {
    for (let i = 0; i < centres.length && !stopped; i += centresPerEvaluation) {
      await evaluateBatch(centres.slice(i, i + centresPerEvaluation));
    }
  }

  async function evaluateBatch(centres: readonly string[]): Promise<void> {
    if (centres.length === 0) return;
    const at = clock.now();
    const evaluations = await evaluateWarning(db, { centres, at });
    const byCentre = new Map(evaluations.map((e) => [e.centre, e]));
    for (const centre of centres) {
      if (stopped) return;
      try {
        await reconcileAlerts(db, { actor: SYSTEM_ACTOR, clock }, byCentre.get(centre) ?? { centre, at: at.toISOString(), findings: [] });
        evaluated.set(centre, at.toISOString());
      } catch (error) {
        // One centre's failure does not keep the others' alerts stale.
        report(error);
      }
    }
  }

  function flush() {
    timer = null;
    firstQueuedAt = null;
    if (stopped || running) return settle();
    const centres = [...queued].sort();
    queued.clear();
    running = evaluateCentres(centres)
      .catch((error: unknown) => report(error))
      .finally(() => {
        running = null;
        if (queued.size > 0 && !stopped) arm();
        settle();
      });
  }

  function arm() {
    const now = Date.now();
    firstQueuedAt ??= now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstQueuedAt + MAX_WAIT_MS - now));
    timer = setTimeout(flush, wait);
    timer.unref?.();
  }

  function queue(centres: readonly string[]) {
    if (stopped || centres.length === 0) return;
    for (const centre of centres) queued.add(centre);
    // While an evaluation runs, the queue waits for it (flush re-arms when it ends).
    if (!running) arm();
  }

  const self: WarningReevaluation = {
    touch(centres) {
      if (stopped) return;
      if (centres !== 'all') return queue(centres);
      void track(
        listAllCentres(db).then(
          (all) => queue(all.map((c) => c.code)),
          (error: unknown) => report(error),
        ),
      );
    },
    evaluateAll() {
      return track(
        (async () => {
          const centres = (await listAllCentres(db)).map((c) => c.code);
          await evaluateCentres(centres);
        })(),
      );
    },
    startSchedule(intervalMs = REEVALUATION_INTERVAL_MS) {
      if (schedule || stopped) return;
      schedule = setInterval(() => void self.evaluateAll().catch((error: unknown) => report(error)), intervalMs);
      schedule.unref?.();
    },
    idle() {
      if (isIdle()) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    async stop() {
      stopped = true;
      unsubscribe();
      if (schedule) clearInterval(schedule);
      if (timer) clearTimeout(timer);
      timer = null;
      queued.clear();
      await Promise.allSettled([...(running ? [running] : []), ...busy]);
      instances.get(db)?.delete(self);
      settle();
    },
    listen() {
      if (subscriptions.length > 0 || stopped) return;
      subscriptions.push(
        onAuditedCommit((events) => {
          const touched = centresTouched(events);
          if (touched === 'all' || touched.length > 0) self.touch(touched);
        }),
        onRollChanged((change) => self.touch(change.centres)),
      );
    },
    onError(reporter) {
      report = reporter;
    },
  };

  const subscriptions: (() => void)[] = [];
  const unsubscribe = () => subscriptions.splice(0).forEach((off) => off());
  if (options.listen) self.listen();
  instances.set(db, (instances.get(db) ?? new Set()).add(self));
  return self;
}
