import './errors.ts';
/** Housing: non-associations, the placement check, cell moves with override, suggested cells, the power map. */
export {
  allOpenNonAssociations,
  checkNonAssociation,
  getNonAssociation,
  insertNonAssociations,
  nonAssociationsOf,
  normalisePair,
  openNonAssociation,
  setNonAssociationStatus,
  type NewNonAssociation,
  type NonAssociation,
} from './non-associations.ts';
export {
  cellMovesOf,
  checkPlacement,
  guardPlacement,
  listOverrides,
  moveToCell,
  presentAssessment,
  type CellMoveInput,
  type CellMoveRecord,
  type CheckItem,
  type PlacementCheck,
} from './placement.ts';
export { BLOCKING_CODES, OVERRIDABLE, WARNING_CODES, type BlockingCode, type Finding, type PlacementAssessment, type WarningCode } from './placement-rules.ts';
export { describeFinding } from './placement-messages.ts';
export { suggestCells, type SuggestedCell, type Suggestions } from './suggest-cells.ts';
export { powerMap, type PavilionPower, type PowerMap } from './power-map.ts';
export { HOUSING_PERMISSIONS } from './policy.ts';
