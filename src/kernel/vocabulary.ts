/**
 * The closed lists of the domain, as the interchange format (DESIGN.md, format v1) spells them.
 * Shared by the modules that validate them and by the CSV import.
 */
export const CENTRE_TYPES = ['CPL', 'CPPL', 'CRS'] as const;
export const CENTRE_SEXES = ['M', 'F', 'mixed'] as const;
export const AUTHORITIES = ['snai', 'police', 'military'] as const;
export const LOCATION_KINDS = ['pavilion', 'wing', 'cell', 'reception', 'isolation', 'health'] as const;
export const LOCATION_SEXES = ['M', 'F', 'any'] as const;
export const REGIMES = ['pretrial', 'sentenced', 'mixed'] as const;
export const SECURITY_LEVELS = ['minimum', 'medium', 'maximum', 'special'] as const;
export const LOCATION_STATUSES = ['active', 'closed', 'damaged'] as const;
export const PERSON_SEXES = ['M', 'F'] as const;
export const LEGAL_STATUSES = ['pretrial', 'sentenced'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'maximum'] as const;
/** Why a person on the roll is out of the centre for now. */
export const OUT_REASONS = ['court', 'hospital', 'other'] as const;
export const OFFENCES = [
  'homicide',
  'femicide',
  'drug_trafficking',
  'drug_possession',
  'robbery',
  'theft',
  'extortion',
  'kidnapping',
  'organized_crime',
  'terrorism',
  'weapons',
  'sexual_offense',
  'fraud',
  'other',
] as const;
export const RELEASE_REASONS = [
  'sentence_served',
  'alternative_measure',
  'acquittal',
  'court_order',
  'pardon',
  'death',
  'transfer_abroad',
] as const;
export const MOVEMENT_TYPES = [
  'admission',
  'release',
  'transfer',
  'internal_move',
  'court_out',
  'court_return',
  'hospital_out',
  'hospital_return',
  'escape',
  'recapture',
  'death',
  // Extensions of format v1 for transfers recorded in two steps: departure (the person is en
  // route) and arrival at the receiving centre. `transfer` records both at once.
  'transfer_out',
  'transfer_arrival',
] as const;

export const COUNT_KINDS = ['scheduled', 'emergency'] as const;
export const EMERGENCY_KINDS = ['riot', 'escape', 'hostage_taking', 'fire', 'other'] as const;
/** What an officer found of a person during an emergency verification. */
export const VERIFICATION_STATUSES = ['unverified', 'verified', 'injured', 'hostage', 'dead', 'escaped'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export type CentreType = (typeof CENTRE_TYPES)[number];
export type CentreSex = (typeof CENTRE_SEXES)[number];
export type Authority = (typeof AUTHORITIES)[number];
export type LocationKind = (typeof LOCATION_KINDS)[number];
export type LocationSex = (typeof LOCATION_SEXES)[number];
export type Regime = (typeof REGIMES)[number];
export type SecurityLevel = (typeof SECURITY_LEVELS)[number];
export type LocationStatus = (typeof LOCATION_STATUSES)[number];
export type PersonSex = (typeof PERSON_SEXES)[number];
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type Offence = (typeof OFFENCES)[number];
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export type MovementType = (typeof MOVEMENT_TYPES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Criminal groups (format v1 `groups.csv`, `group_relations.csv`, `memberships.csv`). */
export const GROUP_KINDS = ['gang', 'cartel', 'faction', 'other'] as const;
export const GROUP_RELATIONS = ['rival', 'allied'] as const;
export const MEMBERSHIP_ROLES = ['leader', 'lieutenant', 'member', 'associate'] as const;
export const CONFIDENCES = ['confirmed', 'probable', 'possible'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export type GroupRelation = (typeof GROUP_RELATIONS)[number];
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export type Confidence = (typeof CONFIDENCES)[number];

/** Non-associations (format v1 `non_associations.csv`): why two people are kept apart, and where. */
export const NON_ASSOCIATION_REASONS = ['gang_related', 'threat', 'violence', 'victim_perpetrator', 'witness', 'legal_request', 'other'] as const;
/** Levels from the smallest: cell ⊂ wing ⊂ pavilion ⊂ centre. */
export const NON_ASSOCIATION_LEVELS = ['cell', 'wing', 'pavilion', 'centre'] as const;
/** Each person's part in a non-association. */
export const NON_ASSOCIATION_ROLES = ['aggressor', 'victim', 'witness', 'rival', 'co_defendant', 'informant', 'other'] as const;
export type NonAssociationReason = (typeof NON_ASSOCIATION_REASONS)[number];
export type NonAssociationLevel = (typeof NON_ASSOCIATION_LEVELS)[number];
export type NonAssociationRole = (typeof NON_ASSOCIATION_ROLES)[number];

/** Vulnerabilities recorded at classification (Mandela rules 2 and 7; Bangkok rules). */
export const VULNERABILITIES = [
  'elderly',
  'disability',
  'mental_health',
  'self_harm_risk',
  'chronic_illness',
  'pregnant',
  'lgbti',
  'foreign_national',
  'former_security_forces',
  'informant',
  'first_time',
  'threatened',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

/** Why a person is moved to another cell. */
export const CELL_MOVE_REASONS = [
  'security',
  'non_association',
  'classification',
  'regime',
  'overcrowding',
  'health',
  'maintenance',
  'discipline',
  'request',
  'other',
] as const;
export type CellMoveReason = (typeof CELL_MOVE_REASONS)[number];

/** Incidents, the deaths-in-custody register and seizures (format v1 `incidents.csv`, `incident_people.csv`, `deaths.csv`, `seizures.csv`). */
export const INCIDENT_TYPES = [
  'riot',
  'fight',
  'homicide',
  'assault',
  'hostage_taking',
  'escape',
  'attempted_escape',
  'fire',
  'explosion',
  'weapon_find',
  'contraband_find',
  'self_harm',
  'death',
  'protest',
  'drone',
  'other',
] as const;
export const INCIDENT_PERSON_ROLES = ['victim', 'perpetrator', 'suspected', 'hostage', 'injured', 'escaped', 'witness', 'present'] as const;
export const DEATH_CAUSES = ['homicide', 'self_inflicted', 'natural', 'accident', 'undetermined', 'pending'] as const;
export const SEIZURE_ITEMS = ['firearm', 'ammunition', 'explosive', 'blade', 'phone', 'sim_card', 'drugs', 'alcohol', 'cash', 'fireworks', 'drone', 'other'] as const;
/** The early warning's signals, in DESIGN's order of the `alerts` command. */
export const ALERT_TYPES = [
  'leadership_vacuum',
  'rival_colocation',
  'overcrowding',
  'pretrial_overdue',
  'incident_escalation',
  'weapons_seized',
  'count_discrepancy',
  'non_association_breach',
] as const;
export const ALERT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** raised → acknowledged → resolved (by hand or when the signal stops); an alert is never deleted. */
export const ALERT_STATUSES = ['raised', 'acknowledged', 'resolved'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type IncidentPersonRole = (typeof INCIDENT_PERSON_ROLES)[number];
export type DeathCause = (typeof DEATH_CAUSES)[number];
export type SeizureItem = (typeof SEIZURE_ITEMS)[number];
