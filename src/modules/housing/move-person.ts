import type { Database, Queryable } from '../../db/engine.ts';
import { hasAnyRole, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Language } from '../../kernel/language.ts';
import type { CellMoveReason } from '../../kernel/vocabulary.ts';
import type { AuditContext } from '../audit/index.ts';
import { authoriseCentre, authoriseLocation, authorisePerson, findingDetailFor, visibleNames } from './access.ts';
import { presentFinding, type FindingDetail } from './placement-messages.ts';
import { cellMovesOf, getCellMove, listOverrides, moveToCell, type CellMoveRecord } from './placement.ts';
import { HOUSING_PERMISSIONS } from './policy.ts';
import type { CellMove } from './schemas.ts';

const YEAR_MS = 365 * 86_400_000;

/** A cell move for a reader: the person's name as they may see it, the findings at the detail they may read. */
function present(m: CellMoveRecord, reader: { language: Language; detail: FindingDetail; name: (id: string) => string }): CellMove {
  return {
    ...m,
    name: reader.name(m.person),
    at: m.at.toISOString(),
    blocking: m.blocking.map((f) => presentFinding(f, reader.language, reader.detail)),
    warnings: m.warnings.map((f) => presentFinding(f, reader.language, reader.detail)),
  };
}

/**
 * Moves a person to another cell for a user: the person and the cell in their caseload (a cell
 * elsewhere is answered as an unknown cell), blocking reasons overridable by a director only.
 */
export async function movePerson(
  db: Database,
  context: AuditContext,
  principal: Principal,
  input: {
    person: string;
    cell: string;
    reasonCode: CellMoveReason;
    comment: string;
    at?: Date | undefined;
    override: { reason: string; codes?: string[] | undefined } | null;
  },
  language: Language,
): Promise<CellMove> {
  await authorisePerson(db, principal, HOUSING_PERMISSIONS['placement.move'], input.person);
  await authoriseLocation(db, principal, HOUSING_PERMISSIONS['placement.move'], input.cell);
  const { at, override, ...rest } = input;
  const moved = await moveToCell(
    db,
    context,
    { ...rest, ...(at ? { at } : {}), override: override ? { reason: override.reason, ...(override.codes ? { codes: override.codes } : {}) } : null },
    { override: hasAnyRole(principal, HOUSING_PERMISSIONS['placement.override']) },
  );
  const record = (await getCellMove(db, moved.id)) as CellMoveRecord;
  return present(record, { language, detail: findingDetailFor(principal), name: await visibleNames(db, principal, [input.person]) });
}

/** A person's cell moves decided through the check, newest first. */
export async function listCellMoves(db: Queryable, principal: Principal, person: string, language: Language): Promise<CellMove[]> {
  await authorisePerson(db, principal, HOUSING_PERMISSIONS['cell_moves.read'], person);
  const reader = { language, detail: findingDetailFor(principal), name: await visibleNames(db, principal, [person]) };
  return (await cellMovesOf(db, person)).map((m) => present(m, reader));
}

/** The moves a director authorised despite blocking reasons at a centre, since a time (a year back by default). */
export async function listCentreOverrides(
  db: Queryable,
  principal: Principal,
  request: { centre: string; since?: Date | undefined },
  options: { language: Language; clock: Clock },
): Promise<CellMove[]> {
  authoriseCentre(principal, HOUSING_PERMISSIONS['placement.overrides.read'], request.centre);
  const since = request.since ?? new Date(options.clock.now().getTime() - YEAR_MS);
  const overrides = await listOverrides(db, request.centre, since);
  const reader = { language: options.language, detail: findingDetailFor(principal), name: await visibleNames(db, principal, overrides.map((m) => m.person)) };
  return overrides.map((m) => present(m, reader));
}
