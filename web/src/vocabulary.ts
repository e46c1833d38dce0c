/**
 * The closed lists of the domain: the server's own (src/kernel/vocabulary.ts, pure constants),
 * and the few the screens add. Their names for people are in the catalogues (es.ts, en.ts).
 */
import type { LOCATION_KINDS } from '../../src/kernel/vocabulary.ts';

export {
  AUTHORITIES,
  CELL_MOVE_REASONS,
  CONFIDENCES,
  GROUP_KINDS,
  GROUP_RELATIONS,
  LEGAL_STATUSES,
  LOCATION_KINDS,
  LOCATION_STATUSES,
  MEMBERSHIP_ROLES,
  MOVEMENT_TYPES,
  NON_ASSOCIATION_LEVELS,
  NON_ASSOCIATION_REASONS,
  NON_ASSOCIATION_ROLES,
  OFFENCES,
  PERSON_SEXES,
  REGIMES,
  RELEASE_REASONS,
  RISK_LEVELS,
  SECURITY_LEVELS,
  VULNERABILITIES,
  OUT_REASONS,
} from '../../src/kernel/vocabulary.ts';
/** The kinds of location that hold beds: they carry capacities; containers sum theirs. */
export const BED_KINDS: readonly (typeof LOCATION_KINDS)[number][] = ['cell', 'reception', 'isolation', 'health'];
export const OCCUPANCY_BANDS = ['under', 'at', 'over_design', 'over_max'] as const;
/** Where a person in custody is: inside, out (at court, hospital…), on the way, or missing. */
export { PERSON_STATES } from '../../src/modules/roll/schemas.ts';
