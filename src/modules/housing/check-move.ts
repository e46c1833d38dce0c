import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import { authoriseLocation, authorisePerson, findingDetailFor } from './access.ts';
import { presentFinding } from './placement-messages.ts';
import { checkPlacement, presentAssessment } from './placement.ts';
import { HOUSING_PERMISSIONS } from './policy.ts';
import type { PlacementCheck, SuggestionsView } from './schemas.ts';
import { suggestCells } from './suggest-cells.ts';

/**
 * The placement check of moving a person into a cell, for a user: the person and the cell must
 * both be in their caseload (a cell elsewhere is answered as an unknown cell).
 */
export async function checkMove(
  db: Queryable,
  principal: Principal,
  request: { person: string; cell: string },
  options: { language: Language; clock: Clock },
): Promise<PlacementCheck> {
  await authorisePerson(db, principal, HOUSING_PERMISSIONS['placement.check'], request.person);
  await authoriseLocation(db, principal, HOUSING_PERMISSIONS['placement.check'], request.cell);
  return presentAssessment(await checkPlacement(db, request.person, request.cell, options.clock.now()), options.language, findingDetailFor(principal));
}

/** The best cells of the person's centre for them, for a user whose caseload holds the person. */
export async function suggestCellsFor(
  db: Queryable,
  principal: Principal,
  request: { person: string; limit: number },
  options: { language: Language; clock: Clock },
): Promise<SuggestionsView> {
  const centre = await authorisePerson(db, principal, HOUSING_PERMISSIONS['placement.check'], request.person);
  if (!centre) throw new AppError('PERSON_NOT_IN_CUSTODY', { id: request.person }, 'person');
  const result = await suggestCells(db, request.person, options.clock.now(), request.limit);
  const detail = findingDetailFor(principal);
  return {
    ...result,
    cells: result.cells.map((c) => ({ ...c, warnings: c.warnings.map((f) => presentFinding(f, options.language, detail)) })),
  };
}
