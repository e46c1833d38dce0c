import { sql } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import type { Language } from '../../kernel/language.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { insertCentres, insertLocations, insertLocationStatuses } from '../estate/index.ts';
import { insertGroups, insertMemberships, insertRelations } from '../groups/index.ts';
import { insertNonAssociations } from '../housing/index.ts';
import { insertEpisodeRecords, insertLegalStatusChanges, insertPersons, openEpisodes, type NewEpisode } from '../register/index.ts';
import { applyMovements, resolveTargets, type ResolvedMovement } from '../roll/index.ts';
import { BUNDLE_FILES, type Bundle, type ImportIssue, type MovementRow } from './bundle.ts';
import { checkBundle } from './check-bundle.ts';
import { toNewNonAssociation } from './check-non-associations.ts';
import { insertIncidentFiles } from './import-incidents.ts';
import { replayRows } from './replay-rows.ts';

export interface ImportOptions {
  dryRun: boolean;
  language: Language;
  /** Centres whose capacity is an estimate (the demonstration estate). */
  estimatedCapacity?: readonly string[];
  /** SHA-256 of each file read, kept in the audit entry. */
  sources?: Readonly<Record<string, string>>;
  /** Go on without the folder's files this version does not read (then warnings, not errors). */
  ignoreUnknown?: boolean;
  /** Told as each step starts, with the rows it handles (progress on a terminal or the loading page). */
  onProgress?: (step: ImportStep, rows: number) => void;
  /** More to write in the import's own transaction once the bundle is in (the demonstration's records that no file carries). */
  alsoWrite?: (w: AuditedTransaction) => Promise<void>;
}

/** The steps of an import, in order; a dry run stops after `check`. */
export const IMPORT_STEPS = ['check', 'centres', 'locations', 'persons', 'custody', 'groups', 'memberships', 'non_associations', 'movements', 'statistics'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** The result `import --json` prints. */
export interface ImportOutcome {
  ok: boolean;
  counts: Record<string, number>;
  errors: ImportIssue[];
  /** Files of the folder left unread because the import was told to ignore them. */
  warnings: ImportIssue[];
}

/** Why the non-associations were opened, in their history. */
const NON_ASSOCIATION_OPENED = { es: 'Importada de non_associations.csv', en: 'Imported from non_associations.csv' } as const;
/** Why a location's status changed, in its history. */
const STATUS_IMPORTED = { es: 'Estado importado de locations.csv', en: 'Status imported from locations.csv' } as const;

/**
 * Imports a bundle all-or-nothing: every check first (the parser's issues are passed in), and
 * only if there are none, everything in one transaction through the modules' own write
 * functions — custody as admissions, with the open episodes' classifications, legal-status
 * history (which then replaces the admission's entry) and cases, and next of kin; groups, then
 * their relations and memberships; non-associations; then movements.csv in time order through
 * the roll's movement path, exactly as if recorded live, the deaths of deaths.csv among them;
 * then incidents (as closed reports), the people involved, the register's details of the deaths
 * and the finds; last the locations' status (closed cells), so that history in a cell since
 * closed still imports.
 */
export async function importBundle(
  db: Database,
  context: AuditContext,
  bundle: Bundle,
  parsed: { counts: Record<string, number>; issues: ImportIssue[]; unread?: ImportIssue[] },
  options: ImportOptions,
): Promise<ImportOutcome> {
  const unread = parsed.unread ?? [];
  const progress = options.onProgress ?? (() => undefined);
  progress('check', (Object.keys(BUNDLE_FILES) as (keyof Bundle)[]).reduce((sum, key) => sum + bundle[key].length, 0));
  const warnings = options.ignoreUnknown ? unread : [];
  const errors = [...parsed.issues, ...(options.ignoreUnknown ? [] : unread), ...(await checkBundle(db, bundle, options.language))];
  errors.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || a.line - b.line);
  if (errors.length > 0) return { ok: false, counts: parsed.counts, errors, warnings };
  if (options.dryRun) return { ok: true, counts: parsed.counts, errors: [], warnings };

  const estimated = new Set(options.estimatedCapacity ?? []);
  const actor = context.actor.username;
  const importedAt = nowIn(context);
  await runAudited(db, context, async (w) => {
    progress('centres', bundle.centres.length);
    await insertCentres(w, bundle.centres.map(({ line: _line, ...c }) => ({ ...c, capacityEstimated: c.capacityEstimated === true || estimated.has(c.code) })), actor);
    progress('locations', bundle.locations.length);
    await insertLocations(w, bundle.locations.map(({ line: _line, status: _status, ...l }) => l));
    progress('persons', bundle.persons.length);
    await insertPersons(w, bundle.persons.map(({ line: _line, ...p }) => p));

    progress('custody', bundle.custody.length);
    const episodes = await openEpisodes(
      w,
      bundle.custody.map((c) => ({
        person: c.person,
        centre: c.centre,
        admittedAt: new Date(c.admittedAt),
        arrestedAt: c.arrestedAt === undefined ? null : new Date(c.arrestedAt),
        commitmentOrder: c.commitmentOrder ?? null,
        issuingAuthority: c.issuingAuthority ?? null,
        injuriesOnArrival: c.injuriesOnArrival ?? null,
        offence: c.offence,
        maxPenaltyYears: c.maxPenaltyYears,
        legalStatus: c.legalStatus,
        pretrialSince: c.pretrialSince,
        sentenceMonths: c.sentenceMonths ?? null,
        risk: c.risk,
      })),
      actor,
      // A person's rows of legal_status_changes.csv are their whole history, the admission's entry included.
      { legalHistoryGiven: new Set(bundle.legalStatusChanges.map((l) => l.person)) },
    );
    const episodeOf = new Map(bundle.custody.map((c, i) => [c.person, episodes[i] as string]));
    const episodeOfRow = (row: { person: string }) => episodeOf.get(row.person) as string;
    await insertLegalStatusChanges(
      w.tx,
      bundle.legalStatusChanges.map((l) => ({
        episode: episodeOfRow(l),
        legalStatus: l.legalStatus,
        since: l.since,
        sentenceMonths: l.sentenceMonths,
        note: l.note,
        recordedAt: l.recordedAt === null ? importedAt : new Date(l.recordedAt),
        recordedBy: l.recordedBy ?? actor,
      })),
    );
    await insertEpisodeRecords(w.tx, {
      classifications: bundle.classifications.map((c) => ({
        episode: episodeOfRow(c),
        risk: c.risk,
        vulnerabilities: c.vulnerabilities,
        reason: c.reason,
        recordedAt: new Date(c.at),
        recordedBy: c.recordedBy ?? actor,
      })),
      cases: bundle.cases.map(({ line: _line, person, ...c }) => ({ ...c, episode: episodeOfRow({ person }) })),
      nextOfKin: bundle.nextOfKin.map(({ line: _line, ...k }) => k),
      vulnerabilities: bundle.custody.flatMap((c) => (c.vulnerabilities ? [{ episode: episodeOfRow(c), vulnerabilities: c.vulnerabilities }] : [])),
    });
    await applyMovements(
      w,
      bundle.custody.map((c, i) => ({
        person: c.person,
        type: 'admission' as const,
        at: new Date(c.admittedAt),
        toCentre: c.centre,
        toLocation: c.location,
        reason: null,
        episode: episodes[i] as string,
      })),
      actor,
      // History already decided elsewhere: replayed as it stands, without the placement check.
      'unchecked_replay',
    );
    progress('groups', bundle.groups.length + bundle.groupRelations.length);
    await insertGroups(w, bundle.groups.map(({ line: _line, ...g }) => g), actor);
    await insertRelations(w, bundle.groupRelations.map(({ line: _line, ...r }) => ({ ...r, confidence: 'confirmed' as const })), actor);
    progress('memberships', bundle.memberships.length);
    await insertMemberships(w, bundle.memberships.map(({ line: _line, ...m }) => m), actor);
    progress('non_associations', bundle.nonAssociations.length);
    await insertNonAssociations(w, bundle.nonAssociations.map(toNewNonAssociation), actor, NON_ASSOCIATION_OPENED[options.language]);
    const replayed = replayRows(bundle, options.language).rows;
    progress('movements', replayed.length + bundle.incidents.length + bundle.incidentPeople.length + bundle.seizures.length);
    await replayMovements(w, replayed, actor);
    await insertIncidentFiles(w, bundle, actor, importedAt);
    await insertLocationStatuses(
      w,
      bundle.locations.flatMap((l) => (l.status && l.status !== 'active' ? [{ code: l.code, status: l.status }] : [])),
      STATUS_IMPORTED[options.language],
      actor,
    );
    if (options.alsoWrite) await options.alsoWrite(w);

    for (const [key, file] of Object.entries(BUNDLE_FILES) as [keyof Bundle, string][]) {
      if (parsed.counts[file] === undefined && bundle[key].length === 0) continue;
      w.audit({
        action: 'import.applied',
        subjectType: 'import',
        subjectId: file,
        new: { rows: bundle[key].length, sha256: options.sources?.[file] ?? null },
      });
    }
  });
  // Fresh statistics for the planner: the embedded engine has no autovacuum, and a server's
  // would catch up only later, so the first queries after a large import would plan on empty tables.
  progress('statistics', 0);
  await db.execute(sql`analyze`);
  return { ok: true, counts: parsed.counts, errors: [], warnings };
}

function fileOrder(file: string): number {
  const index = Object.values(BUNDLE_FILES).indexOf(file as never);
  return index < 0 ? 99 : index;
}

/**
 * movements.csv (with the deaths of deaths.csv) in time order. An admission opens an episode first (with what the file can
 * say: offence `other`, pretrial from that day); a person readmitted after leaving starts a new
 * batch so that their previous episode is closed before the next one opens.
 */
async function replayMovements(w: AuditedTransaction, rows: readonly MovementRow[], actor: string): Promise<void> {
  if (rows.length === 0) return;
  // Stable: rows at the same instant keep their order (movements.csv in file order, then deaths.csv).
  const sorted = [...rows].sort((a, b) => a.at.localeCompare(b.at));
  const targets = await resolveTargets(w.tx, [...new Set(sorted.flatMap((m) => (m.to ? [m.to] : [])))]);
  let batch: ResolvedMovement[] = [];
  let admissions: { index: number; episode: NewEpisode }[] = [];
  let touched = new Set<string>();

  const flush = async () => {
    if (batch.length === 0) return;
    const ids = await openEpisodes(w, admissions.map((a) => a.episode), actor);
    admissions.forEach((a, i) => ((batch[a.index] as ResolvedMovement).episode = ids[i]));
    await applyMovements(w, batch, actor, 'unchecked_replay');
    batch = [];
    admissions = [];
    touched = new Set();
  };

  for (const m of sorted) {
    const target = m.to ? targets.get(m.to) : undefined;
    const resolved: ResolvedMovement = {
      person: m.person,
      type: m.type,
      at: new Date(m.at),
      toCentre: target?.ok ? target.centre : null,
      toLocation: target?.ok ? target.location : null,
      reason: m.reason,
    };
    if (m.type === 'admission') {
      if (touched.has(m.person)) await flush();
      admissions.push({
        index: batch.length,
        episode: {
          person: m.person,
          centre: resolved.toCentre as string,
          admittedAt: resolved.at,
          offence: 'other',
          maxPenaltyYears: null,
          legalStatus: 'pretrial',
          pretrialSince: m.at.slice(0, 10),
          risk: 'medium',
          commitmentOrder: m.reason,
        },
      });
    }
    batch.push(resolved);
    touched.add(m.person);
  }
  await flush();
}
