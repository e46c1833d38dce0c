import type { Database, Queryable } from '../../db/engine.ts';
import { lockCentrePlacements as lockCentre } from '../../db/placement-lock.ts';
import { systemClock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { LANGUAGES, type Language, type Localised } from '../../kernel/language.ts';
import type { CellMoveReason } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { findLocations } from '../estate/index.ts';
import { applyMovements, FUTURE_SLACK_MS } from '../roll/index.ts';
import { loadPlacementFacts } from './placement-facts.ts';
import { describeFinding, presentFinding, type FindingDetail } from './placement-messages.ts';
import { assessPlacement, OVERRIDABLE, type BlockingCode, type Finding, type PlacementAssessment } from './placement-rules.ts';
import { insertCellMove, selectCellMove, selectCellMovesOf, selectOverrides, type CellMoveRow } from './repository.ts';
import type { CheckItem, PlacementCheck } from './schemas.ts';

export type { CheckItem, PlacementCheck };

/** The check as a reader sees it, at the detail they may read (`full` for the command line's operator). */
export function presentAssessment(assessment: PlacementAssessment, language: Language, detail: FindingDetail): PlacementCheck {
  return {
    allowed: assessment.blocking.length === 0,
    blocking: assessment.blocking.map((f) => ({ ...presentFinding(f, language, detail), overridable: OVERRIDABLE.has(f.code) })),
    warnings: assessment.warnings.map((f) => presentFinding(f, language, detail)),
  };
}

/** The placement check of moving `person` into `cell` at `at` (now, by default). Reads only. */
export async function checkPlacement(db: Queryable, person: string, cell: string, at: Date = systemClock.now()): Promise<PlacementAssessment> {
  return assessPlacement(await loadPlacementFacts(db, person, cell, at, { cache: db }));
}

/** Blocking reasons in every language, for an error (none of them is built from criminal groups). */
function localise(findings: readonly Finding<BlockingCode>[]): Localised {
  const text = (language: Language) => findings.map((f) => describeFinding(f, language, 'full')).join(' ');
  return Object.fromEntries(LANGUAGES.map((l) => [l, text(l)])) as Localised;
}

/**
 * Serialises placements into one centre: taken at the start of every transaction that puts
 * someone in a cell there, so that the check and the move see the same beds and neighbours.
 * Two officers filling the last bed: the second waits, then finds the cell full.
 */
export async function lockCentrePlacements(w: AuditedTransaction, centre: string): Promise<void> {
  await lockCentre(w.tx, centre);
}

export interface CellMoveInput {
  person: string;
  cell: string;
  reasonCode: CellMoveReason;
  comment: string;
  at?: Date;
  /** A director's authorisation to go ahead despite blocking reasons. */
  override?: { reason: string; codes?: readonly string[] } | null;
}

export interface CellMoveResult {
  id: string;
  person: string;
  from: string | null;
  to: string;
  at: Date;
  overridden: boolean;
  assessment: PlacementAssessment;
}

/**
 * Moves a person to another cell of their centre: the placement check runs inside the
 * transaction, under the centre's placement lock; blocking reasons stop the move unless a
 * director overrides them with a reason (never a full cell, an inactive location or a person
 * not present). The move is a movement on the roll; the decision is kept in cell_moves.
 */
export async function moveToCell(db: Database, context: AuditContext, input: CellMoveInput, may: { override: boolean }): Promise<CellMoveResult> {
  if (input.comment.trim().length < 3) throw new AppError('VALIDATION_FAILED', { detail: 'comment: describe the move' }, 'comment');
  const now = nowIn(context);
  const at = input.at ?? now;
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new AppError('MOVEMENT_IN_FUTURE', { type: 'internal_move', id: input.person, detail: 'dated in the future', minutes: FUTURE_SLACK_MS / 60_000 }, 'at');
  return runAudited(db, context, async (w) => {
    const centre = await centreOfCell(w.tx, input.cell);
    await lockCentrePlacements(w, centre);
    const facts = await loadPlacementFacts(w.tx, input.person, input.cell, at, { cache: db, inTransaction: true });
    const assessment = assessPlacement(facts);
    const blocking = assessment.blocking;
    if (blocking.length > 0) {
      const fixed = blocking.filter((f) => !OVERRIDABLE.has(f.code as BlockingCode));
      if (!input.override || fixed.length > 0) {
        throw new AppError('PLACEMENT_BLOCKED', { codes: blocking.map((f) => f.code).join(', '), reasons: localise(fixed.length > 0 ? fixed : blocking) }, 'cell');
      }
      if (!may.override) throw new AppError('PLACEMENT_OVERRIDE_FORBIDDEN', {}, 'override');
      if (input.override.reason.trim().length < 10) throw new AppError('PLACEMENT_OVERRIDE_REASON_REQUIRED', {}, 'override.reason');
      const seen = input.override.codes;
      const unseen = seen ? blocking.filter((f) => !seen.includes(f.code)) : [];
      if (unseen.length > 0) throw new AppError('PLACEMENT_CHANGED', { reasons: localise(unseen) }, 'override');
    }
    const from = facts.person.custody?.location ?? null;
    await applyMovements(
      w,
      [{ person: input.person, type: 'internal_move', at, toCentre: centre, toLocation: input.cell, reason: input.reasonCode, note: input.comment }],
      context.actor.username,
      // Checked above, under the centre's placement lock, with the director's override if any.
      'checked_by_caller',
    );
    const overridden = blocking.length > 0;
    const id = await insertCellMove(w.tx, {
      person: input.person,
      centre,
      fromLocation: from,
      toLocation: input.cell,
      at,
      reasonCode: input.reasonCode,
      comment: input.comment,
      blocking: assessment.blocking,
      warnings: assessment.warnings,
      overridden,
      overrideReason: overridden ? (input.override?.reason ?? null) : null,
      authorisedBy: overridden ? context.actor.username : null,
      recordedBy: context.actor.username,
      recordedAt: now,
    });
    const recorded = { from, to: input.cell, at, reasonCode: input.reasonCode, comment: input.comment, warnings: assessment.warnings.map((f) => f.code) };
    w.audit({ action: 'placement.moved', subjectType: 'person', subjectId: input.person, centre, old: { location: from }, new: { ...recorded, cellMove: id } });
    if (overridden) {
      w.audit({
        action: 'placement.overridden',
        subjectType: 'person',
        subjectId: input.person,
        centre,
        new: { cellMove: id, blocking: assessment.blocking, reason: input.override?.reason, authorisedBy: context.actor.username },
      });
    }
    return { id, person: input.person, from, to: input.cell, at, overridden, assessment };
  });
}

async function centreOfCell(db: Queryable, cell: string): Promise<string> {
  const [location] = await findLocations(db, [cell]);
  if (!location) throw new AppError('LOCATION_NOT_FOUND', { code: cell }, 'cell');
  return location.centre;
}

/** Blocking reasons that stop any live placement, whoever records it (no override outside the cell-move screen). */
const GUARDED: ReadonlySet<BlockingCode> = new Set(['PLACEMENT_SEX', 'PLACEMENT_REGIME', 'PLACEMENT_NON_ASSOCIATION', 'PLACEMENT_CELL_FULL', 'PLACEMENT_LOCATION_INACTIVE']);

/**
 * The placement check for movements recorded on the roll that put someone in a cell
 * (admission, transfer arrival, recapture, return from court into another cell): refuses them
 * on a blocking reason. Runs in the roll's transaction, under the centre's placement lock.
 */
export async function guardPlacement(w: AuditedTransaction, placement: { person: string; centre: string; location: string; at: Date }): Promise<void> {
  await lockCentrePlacements(w, placement.centre);
  const facts = await loadPlacementFacts(w.tx, placement.person, placement.location, placement.at, { cache: null, inTransaction: true, surroundings: false });
  const assessment = assessPlacement(facts);
  const blocking = assessment.blocking.filter((f) => GUARDED.has(f.code));
  if (blocking.length > 0) throw new AppError('PLACEMENT_REFUSED', { codes: blocking.map((f) => f.code).join(', '), reasons: localise(blocking) }, 'to');
}

export interface CellMoveRecord {
  id: string;
  person: string;
  centre: string;
  from: string | null;
  to: string;
  at: Date;
  reasonCode: CellMoveReason;
  comment: string;
  blocking: Finding[];
  warnings: Finding[];
  overridden: boolean;
  overrideReason: string | null;
  authorisedBy: string | null;
  recordedBy: string;
}

const presentMove = (r: CellMoveRow): CellMoveRecord => ({
  id: r.id,
  person: r.person,
  centre: r.centre,
  from: r.fromLocation,
  to: r.toLocation,
  at: r.at,
  reasonCode: r.reasonCode as CellMoveReason,
  comment: r.comment,
  blocking: r.blocking as Finding[],
  warnings: r.warnings as Finding[],
  overridden: r.overridden,
  overrideReason: r.overrideReason,
  authorisedBy: r.authorisedBy,
  recordedBy: r.recordedBy,
});

/** A person's cell moves decided through the check, newest first. */
export async function cellMovesOf(db: Queryable, person: string): Promise<CellMoveRecord[]> {
  return (await selectCellMovesOf(db, person)).map(presentMove);
}

/** One cell move, or null. */
export async function getCellMove(db: Queryable, id: string): Promise<CellMoveRecord | null> {
  const row = await selectCellMove(db, id);
  return row ? presentMove(row) : null;
}

/** The overridden moves of a centre since a time, newest first: what a director authorised despite blocking reasons. */
export async function listOverrides(db: Queryable, centre: string, since: Date): Promise<CellMoveRecord[]> {
  return (await selectOverrides(db, centre, since)).map(presentMove);
}
