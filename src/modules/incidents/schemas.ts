import { z } from 'zod';
import { centreCode, instantText, isoDate, isoInstant, line, locationCode, note, registerNumber, TEXT_LIMITS } from '../../kernel/fields.ts';
import { enumList, pageQueryFields, pageSchema } from '../../kernel/paging.ts';
import { INCIDENT_PERSON_ROLES, INCIDENT_TYPES as KERNEL_INCIDENT_TYPES } from '../../kernel/vocabulary.ts';

/**
 * Incident reports: request and response shapes. Browser-safe: zod and the kernel only.
 *
 * Routes (all under /api/v1; every write names the `version` it saw and answers the whole report,
 * `incidentDetailSchema`; 409 INCIDENT_VERSION_CHANGED when the report moved on):
 * - POST   /incidents                              first report (createIncidentInputSchema)
 * - GET    /incidents?…                            the paged list (incidentListQuerySchema → incidentPageSchema)
 * - GET    /incidents/:id                          the whole report (incidentDetailSchema)
 * - PATCH  /incidents/:id                          correct fields, set the end time, other casualties (correctIncidentInputSchema)
 * - POST   /incidents/:id/transitions              submit, return, resubmit, close, … (transitionInputSchema)
 * - POST   /incidents/:id/addenda                  a narrative addendum, never edited (addendumInputSchema)
 * - POST   /incidents/:id/people                   a person in custody involved (addPersonInputSchema)
 * - PUT    /incidents/:id/people/:person/:role     change injury or note (changePersonInputSchema)
 * - DELETE /incidents/:id/people/:person/:role?version=N   remove (a mistake; while draft or returned)
 * - POST   /incidents/:id/staff                    a member of staff involved (staffInputSchema)
 * - PUT    /incidents/:id/staff/:staffId           change them (staffInputSchema)
 * - DELETE /incidents/:id/staff/:staffId?version=N remove (while draft or returned)
 * - PUT    /incidents/:id/items                    the whole list of weapons and items used (itemsInputSchema)
 * - PUT    /incidents/:id/damage                   the whole list of damage to locations (damageInputSchema)
 * - PUT    /incidents/:id/forces                   the whole list of external forces called (forcesInputSchema)
 * - GET    /persons/:id/incidents?limit&offset     a person's incidents (incidentPageSchema)
 * - GET    /locations/:code/incidents?limit&offset a location's incidents, under it too (incidentPageSchema)
 */

/** DESIGN.md `incidents.csv` type and `incident_people.csv` role: the kernel's lists, shared with the importer. */
export const INCIDENT_TYPES = KERNEL_INCIDENT_TYPES;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];
export const INCIDENT_STATUSES = ['draft', 'submitted', 'returned', 'closed', 'duplicate', 'not_reportable'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
/** The actions of the status workflow (transitions.ts says who may take which, from where). */
export const INCIDENT_ACTIONS = ['submit', 'return', 'resubmit', 'close', 'mark_duplicate', 'mark_not_reportable', 'reopen'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];
export const INVOLVEMENT_ROLES = INCIDENT_PERSON_ROLES;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];
export const INJURY_LEVELS = ['none', 'minor', 'serious', 'fatal'] as const;
export type InjuryLevel = (typeof INJURY_LEVELS)[number];
export const STAFF_ROLES = ['responder', 'victim', 'witness', 'hostage', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const EXTERNAL_FORCES = ['police', 'military', 'fire', 'ambulance', 'other'] as const;
export type ExternalForce = (typeof EXTERNAL_FORCES)[number];
/** Weapons and items used. */
export const INCIDENT_ITEMS = ['firearm', 'ammunition', 'explosive', 'grenade', 'blade', 'blunt_object', 'fireworks', 'fire', 'drone', 'other'] as const;
export type IncidentItemKind = (typeof INCIDENT_ITEMS)[number];
/** The list's ready-made views: my drafts, to review (submitted, in my caseload), closed. */
export const INCIDENT_VIEWS = ['my_drafts', 'to_review', 'closed'] as const;
export type IncidentView = (typeof INCIDENT_VIEWS)[number];
export const INCIDENT_SORTS = ['startedAt', 'reportedAt', 'id', 'centre', 'type', 'severity', 'status'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

/** An incident's id: `LIT-INC-2026-000123` when issued here; any code when imported. */
export const incidentId = locationCode;
const version = z.coerce.number().int().min(1).max(2_147_483_647);
const count = z.number().int().min(0).max(100_000);

export const incidentParamsSchema = z.object({ id: incidentId });
export const incidentPersonParamsSchema = incidentParamsSchema.extend({ person: registerNumber, role: z.enum(INVOLVEMENT_ROLES) });
export const incidentStaffParamsSchema = incidentParamsSchema.extend({ staffId: z.uuid() });
/** `DELETE …?version=N`. */
export const versionQuerySchema = z.object({ version });

// ---- Writes ------------------------------------------------------------------------------------

/**
 * `POST /incidents`: the first report. `location` is a location of `centre` (null = the centre as
 * a whole); `startedAt` not more than 5 minutes in the future; `emergency` an emergency of that
 * centre; `submit: true` submits it at once (status `submitted`), else it is a draft.
 */
export const createIncidentInputSchema = z.object({
  centre: centreCode,
  location: locationCode.nullable().default(null),
  type: z.enum(INCIDENT_TYPES),
  severity: z.enum(INCIDENT_SEVERITIES).default('medium'),
  startedAt: isoInstant(),
  description: note(1, TEXT_LIMITS.note * 4),
  emergency: z.uuid().nullable().default(null),
  submit: z.boolean().default(false),
});
export type CreateIncidentInput = z.input<typeof createIncidentInputSchema>;

/**
 * `PATCH /incidents/:id`: only the fields given change. The first report's fields (type,
 * severity, location, startedAt, description, emergency) while draft or returned; the end time
 * and the other casualties while the report is open (draft, submitted, returned). `endedAt` ≥
 * `startedAt`; null clears it.
 */
export const correctIncidentInputSchema = z.object({
  version,
  type: z.enum(INCIDENT_TYPES).optional(),
  severity: z.enum(INCIDENT_SEVERITIES).optional(),
  location: locationCode.nullable().optional(),
  startedAt: isoInstant().optional(),
  description: note(1, TEXT_LIMITS.note * 4).optional(),
  emergency: z.uuid().nullable().optional(),
  endedAt: isoInstant().nullable().optional(),
  /** Deaths and injuries not among the people and staff recorded (unidentified, visitors). */
  otherDeaths: count.optional(),
  otherInjuries: count.optional(),
});
export type CorrectIncidentInput = z.input<typeof correctIncidentInputSchema>;

/** `POST /incidents/:id/transitions`. `comment` where the table requires it; `duplicateOf` for mark_duplicate. */
export const transitionInputSchema = z.object({
  version,
  action: z.enum(INCIDENT_ACTIONS),
  comment: note(1, TEXT_LIMITS.note).nullable().default(null),
  duplicateOf: incidentId.nullable().default(null),
});
export type TransitionInput = z.input<typeof transitionInputSchema>;

/** `POST /incidents/:id/addenda`. */
export const addendumInputSchema = z.object({ version, text: note(1, TEXT_LIMITS.note * 4) });
export type AddendumInput = z.input<typeof addendumInputSchema>;

/** `POST /incidents/:id/people`: the person must have been in custody at the centre when it started. */
export const addPersonInputSchema = z.object({
  version,
  person: registerNumber,
  role: z.enum(INVOLVEMENT_ROLES),
  injury: z.enum(INJURY_LEVELS).default('none'),
  note: note(0, TEXT_LIMITS.line).nullable().default(null),
});
export type AddPersonInput = z.input<typeof addPersonInputSchema>;

/** `PUT /incidents/:id/people/:person/:role`. */
export const changePersonInputSchema = addPersonInputSchema.pick({ version: true, injury: true, note: true });
export type ChangePersonInput = z.input<typeof changePersonInputSchema>;

/** `POST /incidents/:id/staff`, `PUT /incidents/:id/staff/:staffId`. */
export const staffInputSchema = z.object({
  version,
  name: line(TEXT_LIMITS.name),
  role: z.enum(STAFF_ROLES),
  injury: z.enum(INJURY_LEVELS).default('none'),
  hostage: z.boolean().default(false),
  note: note(0, TEXT_LIMITS.line).nullable().default(null),
});
export type StaffInput = z.input<typeof staffInputSchema>;

export const incidentItemSchema = z.object({
  item: z.enum(INCIDENT_ITEMS),
  quantity: z.number().int().min(1).max(100_000).nullable().default(null),
  description: note(0, TEXT_LIMITS.line).nullable().default(null),
});
/** `PUT /incidents/:id/items`: replaces the list. */
export const itemsInputSchema = z.object({ version, items: z.array(incidentItemSchema).max(200) });
export type ItemsInput = z.input<typeof itemsInputSchema>;

/** Damage to one location (a location of the incident's centre). */
export const incidentDamageSchema = z.object({ location: locationCode, description: note(1, TEXT_LIMITS.line) });
/** `PUT /incidents/:id/damage`: replaces the list. */
export const damageInputSchema = z.object({ version, damage: z.array(incidentDamageSchema).max(200) });
export type DamageInput = z.input<typeof damageInputSchema>;

export const incidentForceSchema = z.object({
  force: z.enum(EXTERNAL_FORCES),
  /** When they were called; null = not known. */
  calledAt: isoInstant().nullable().default(null),
  note: note(0, TEXT_LIMITS.line).nullable().default(null),
});
/** `PUT /incidents/:id/forces`: replaces the list. */
export const forcesInputSchema = z.object({ version, forces: z.array(incidentForceSchema).max(50) });
export type ForcesInput = z.input<typeof forcesInputSchema>;

// ---- Reads -------------------------------------------------------------------------------------

/**
 * `GET /incidents?centre=&type=a,b&status=a,b&from=&to=&person=&location=&emergency=&reportedBy=me&view=&sort=&dir=&limit=&offset=`.
 * `from`/`to` are days (inclusive) of `startedAt` in each centre's own time zone; `location` includes everything under it;
 * the default order is `startedAt` newest first.
 */
export const incidentListQuerySchema = z.object({
  centre: centreCode.optional(),
  type: enumList(INCIDENT_TYPES),
  status: enumList(INCIDENT_STATUSES),
  severity: enumList(INCIDENT_SEVERITIES),
  from: isoDate().optional(),
  to: isoDate().optional(),
  person: registerNumber.optional(),
  location: locationCode.optional(),
  emergency: z.uuid().optional(),
  reportedBy: z.literal('me').optional(),
  view: z.enum(INCIDENT_VIEWS).optional(),
  ...pageQueryFields(INCIDENT_SORTS, 'startedAt', 'desc'),
});
export type IncidentListQuery = Partial<z.output<typeof incidentListQuerySchema>>;

/** `GET /persons/:id/incidents`, `GET /locations/:code/incidents`: newest first. */
export const incidentsOfQuerySchema = z.object({ ...pageQueryFields(INCIDENT_SORTS, 'startedAt', 'desc') });
export type IncidentsOfQuery = Partial<z.output<typeof incidentsOfQuerySchema>>;

/** Deaths and injuries, counted from the people and staff recorded plus the others. */
export const casualtiesSchema = z.object({ deaths: z.number().int(), injuries: z.number().int() });
export type Casualties = z.infer<typeof casualtiesSchema>;

export const incidentSummarySchema = z.object({
  id: z.string(),
  centre: z.string(),
  location: z.string().nullable(),
  type: z.enum(INCIDENT_TYPES),
  severity: z.enum(INCIDENT_SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  startedAt: instantText,
  endedAt: instantText.nullable(),
  reportedBy: z.string(),
  reportedAt: instantText,
  emergency: z.uuid().nullable(),
  casualties: casualtiesSchema,
  /** The first line of the description, at most 200 characters. */
  summary: z.string(),
});
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

/** A list of incidents, paged. */
export const incidentPageSchema = pageSchema(incidentSummarySchema);
export type IncidentPage = z.infer<typeof incidentPageSchema>;

export const involvedPersonSchema = z.object({
  person: z.string(),
  givenNames: z.string(),
  familyNames: z.string(),
  role: z.enum(INVOLVEMENT_ROLES),
  injury: z.enum(INJURY_LEVELS),
  note: z.string().nullable(),
  addedAt: instantText,
  addedBy: z.string(),
});
export type InvolvedPerson = z.infer<typeof involvedPersonSchema>;

export const involvedStaffSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  injury: z.enum(INJURY_LEVELS),
  hostage: z.boolean(),
  note: z.string().nullable(),
  addedAt: instantText,
  addedBy: z.string(),
});
export type InvolvedStaff = z.infer<typeof involvedStaffSchema>;

/** `by` is the username; `byName` the user's display name (the username when it is not a user's). */
export const addendumSchema = z.object({ id: z.number().int(), text: z.string(), at: instantText, by: z.string(), byName: z.string() });
export type Addendum = z.infer<typeof addendumSchema>;

export const historyEntrySchema = z.object({
  id: z.number().int(),
  /** A transition (submit, return, …) or an edit: corrected, addendum_added, person_added, person_changed, person_removed, staff_added, staff_changed, staff_removed, items_changed, damage_changed, forces_changed. */
  action: z.string(),
  fromStatus: z.enum(INCIDENT_STATUSES).nullable(),
  toStatus: z.enum(INCIDENT_STATUSES).nullable(),
  comment: z.string().nullable(),
  /** For edits: {field: {old, new}} (people and staff: their register number or name and what changed). */
  changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })).nullable(),
  at: instantText,
  by: z.string(),
  /** The display name of `by` (the username when it is not a user's). */
  byName: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What this user may do with the report now (the web shows only these buttons and forms). */
export const incidentAllowedSchema = z.object({
  /** The status actions this user may take now. */
  transitions: z.array(z.enum(INCIDENT_ACTIONS)),
  /** Correct the first report's fields (draft or returned). */
  correct: z.boolean(),
  /** Add or change people, staff, items, damage, forces, the end time (an open report). */
  grow: z.boolean(),
  /** Remove a person or a member of staff added by mistake (draft or returned). */
  remove: z.boolean(),
  /** Add an addendum (any status but duplicate). */
  addendum: z.boolean(),
});
export type IncidentAllowed = z.infer<typeof incidentAllowedSchema>;

/** `GET /incidents/:id` and the answer of every write: the whole report. */
export const incidentDetailSchema = incidentSummarySchema.extend({
  /** The display name of `reportedBy` (the username when it is not a user's). */
  reportedByName: z.string(),
  description: z.string(),
  otherDeaths: z.number().int(),
  otherInjuries: z.number().int(),
  duplicateOf: z.string().nullable(),
  version: z.number().int(),
  items: z.array(z.object({ item: z.enum(INCIDENT_ITEMS), quantity: z.number().int().nullable(), description: z.string().nullable() })),
  damage: z.array(z.object({ location: z.string(), description: z.string() })),
  forces: z.array(z.object({ force: z.enum(EXTERNAL_FORCES), calledAt: instantText.nullable(), note: z.string().nullable() })),
  people: z.array(involvedPersonSchema),
  staff: z.array(involvedStaffSchema),
  addenda: z.array(addendumSchema),
  history: z.array(historyEntrySchema),
  allowed: incidentAllowedSchema,
});
export type IncidentDetail = z.infer<typeof incidentDetailSchema>;
