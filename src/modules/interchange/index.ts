/** Interchange format v1: folders of CSV files in and out, all-or-nothing imports. */
export {
  BUNDLE_COLUMNS,
  BUNDLE_FILES,
  emptyBundle,
  type Bundle,
  type CentreRow,
  type CustodyRow,
  type DeathRow,
  type GroupRelationRow,
  type GroupRow,
  type ImportIssue,
  type IncidentPersonRow,
  type IncidentRow,
  type LocationRow,
  type MembershipRow,
  type MovementRow,
  type NonAssociationRow,
  type PersonRow,
  type SeizureRow,
  type Sourced,
} from './bundle.ts';
export { readBundle, parseCsvText } from './read-bundle.ts';
export { writeBundle, bundleToCsvTexts } from './write-bundle.ts';
export { importBundle, IMPORT_STEPS, type ImportOptions, type ImportOutcome, type ImportStep } from './import-bundle.ts';
export { exportBundle } from './export-bundle.ts';
export { checkBundle } from './check-bundle.ts';
export { importFailed } from './import-issues.ts';
