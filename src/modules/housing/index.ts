import './errors.ts';
/** Housing: non-associations, the placement check, cell moves with override, suggested cells, the power map. */
export {
  allOpenNonAssociations,
  checkNonAssociation,
  findNonAssociation,
  getNonAssociation,
  insertNonAssociations,
  nonAssociationsOf,
  normalisePair,
  openNonAssociation,
  setNonAssociationStatus,
  type NewNonAssociation,
  type NonAssociation,
  type NonAssociationWithEvents,
} from './non-associations.ts';
export { changeNonAssociationStatus, listNonAssociations, recordNonAssociation } from './manage-non-associations.ts';
export { findTogetherNow } from './together-now.ts';
export { checkMove, suggestCellsFor } from './check-move.ts';
export { findingDetailFor } from './access.ts';
export { listCellMoves, listCentreOverrides, movePerson } from './move-person.ts';
export { readPowerMap } from './read-power-map.ts';
export {
  cellMovesOf,
  checkPlacement,
  getCellMove,
  guardPlacement,
  listOverrides,
  moveToCell,
  presentAssessment,
  type CellMoveInput,
  type CellMoveRecord,
  type CheckItem,
  type PlacementCheck,
} from './placement.ts';
export { BLOCKING_CODES, dominantGroup, OVERRIDABLE, scopeOf, WARNING_CODES, type BlockingCode, type Finding, type PlacementAssessment, type WarningCode } from './placement-rules.ts';
export { describeFinding, type FindingDetail } from './placement-messages.ts';
export { suggestCells, type SuggestedCell, type Suggestions } from './suggest-cells.ts';
export { powerMap, type PavilionPower, type PowerMap } from './power-map.ts';
export { HOUSING_PERMISSIONS } from './policy.ts';
export { selectNonAssociationHistory as readNonAssociationHistory, type NonAssociationHistoryRow } from './repository.ts';
