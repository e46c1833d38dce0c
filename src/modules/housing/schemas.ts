import { z } from 'zod';
import { centreCode, instantText, isoInstant, locationCode, note, registerNumber } from '../../kernel/fields.ts';
import { CELL_MOVE_REASONS, NON_ASSOCIATION_LEVELS, NON_ASSOCIATION_REASONS, NON_ASSOCIATION_ROLES } from '../../kernel/vocabulary.ts';

/**
 * Every request and response shape of the housing API: non-associations, the placement check,
 * cell moves with override, suggested cells, the power map. Browser-safe (zod and the kernel
 * only): the routes validate with these and the web derives its types from them.
 */

const TEXT_MAX = 2000;

// Parameters and queries

export const personParamsSchema = z.object({ id: registerNumber });
export const centreParamsSchema = z.object({ code: centreCode });
export const nonAssociationParamsSchema = z.object({ id: z.uuid() });

// Non-associations

export const nonAssociationInputSchema = z.object({
  personA: registerNumber,
  personB: registerNumber,
  roleA: z.enum(NON_ASSOCIATION_ROLES).default('other'),
  roleB: z.enum(NON_ASSOCIATION_ROLES).default('other'),
  reason: z.enum(NON_ASSOCIATION_REASONS),
  level: z.enum(NON_ASSOCIATION_LEVELS),
  comment: note(10, TEXT_MAX),
});
export type NonAssociationInput = z.input<typeof nonAssociationInputSchema>;

export const nonAssociationStatusInputSchema = z.object({ status: z.enum(['open', 'closed']), reason: note(10, TEXT_MAX) });
export type NonAssociationStatusInput = z.input<typeof nonAssociationStatusInputSchema>;

export const nonAssociationEventSchema = z.object({
  action: z.enum(['opened', 'closed', 'reopened']),
  reason: z.string(),
  at: instantText,
  by: z.string(),
});
export type NonAssociationEvent = z.infer<typeof nonAssociationEventSchema>;

/** A non-association as the API shows it; a person outside the caller's caseload is named by register number only. */
export const nonAssociationSchema = z.object({
  id: z.string(),
  personA: z.string(),
  personB: z.string(),
  nameA: z.string(),
  nameB: z.string(),
  roleA: z.enum(NON_ASSOCIATION_ROLES),
  roleB: z.enum(NON_ASSOCIATION_ROLES),
  reason: z.enum(NON_ASSOCIATION_REASONS),
  level: z.enum(NON_ASSOCIATION_LEVELS),
  comment: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: instantText,
  createdBy: z.string(),
  events: z.array(nonAssociationEventSchema),
});
export type NonAssociationView = z.infer<typeof nonAssociationSchema>;

export const nonAssociationListSchema = z.object({ nonAssociations: z.array(nonAssociationSchema) });
export type NonAssociationList = z.infer<typeof nonAssociationListSchema>;

/**
 * Where two people kept apart are together right now: the location at the non-association's
 * level (their shared cell, wing, pavilion or centre) and a sentence saying so in the caller's
 * language. Null when they are apart at that level.
 */
export const togetherNowSchema = z.object({
  level: z.enum(NON_ASSOCIATION_LEVELS),
  location: z.string(),
  locationName: z.string(),
  message: z.string(),
});
export type TogetherNow = z.infer<typeof togetherNowSchema>;

/** The answer to recording a non-association: the record, and whether the two are together now. */
export const createdNonAssociationSchema = nonAssociationSchema.extend({ togetherNow: togetherNowSchema.nullable() });
export type CreatedNonAssociation = z.infer<typeof createdNonAssociationSchema>;

// The placement check

export const checkItemSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** For blocking reasons: whether a director may override it. */
  overridable: z.boolean().optional(),
});
export type CheckItem = z.infer<typeof checkItemSchema>;

/** The check as the API and `check-move --json` show it: `allowed` exactly when nothing blocks. */
export const placementCheckSchema = z.object({ allowed: z.boolean(), blocking: z.array(checkItemSchema), warnings: z.array(checkItemSchema) });
export type PlacementCheck = z.infer<typeof placementCheckSchema>;

export const placementCheckInputSchema = z.object({ cell: locationCode });
export type PlacementCheckInput = z.input<typeof placementCheckInputSchema>;

// Cell moves

export const cellMoveInputSchema = z.object({
  cell: locationCode,
  reasonCode: z.enum(CELL_MOVE_REASONS),
  comment: note(3, TEXT_MAX),
  at: isoInstant().optional(),
  /** A director's authorisation despite blocking reasons: the reason, and the codes they saw. */
  override: z
    .object({ reason: note(0, TEXT_MAX), codes: z.array(z.string().max(60)).max(30).optional() })
    .nullable()
    .default(null),
});
export type CellMoveInput = z.input<typeof cellMoveInputSchema>;

export const cellMoveSchema = z.object({
  id: z.string(),
  person: z.string(),
  name: z.string(),
  centre: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  at: instantText,
  reasonCode: z.enum(CELL_MOVE_REASONS),
  comment: z.string(),
  blocking: z.array(checkItemSchema),
  warnings: z.array(checkItemSchema),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  authorisedBy: z.string().nullable(),
  recordedBy: z.string(),
});
export type CellMove = z.infer<typeof cellMoveSchema>;

export const cellMoveListSchema = z.object({ moves: z.array(cellMoveSchema) });
export type CellMoveList = z.infer<typeof cellMoveListSchema>;

export const overridesInputSchema = z.object({ since: isoInstant().optional() });
export type OverridesInput = z.input<typeof overridesInputSchema>;

export const overrideListSchema = z.object({ overrides: z.array(cellMoveSchema) });
export type OverrideList = z.infer<typeof overrideListSchema>;

// Suggested cells

export const suggestedCellsInputSchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });
export type SuggestedCellsInput = z.input<typeof suggestedCellsInputSchema>;

export const suggestedCellSchema = z.object({
  code: z.string(),
  name: z.string(),
  pavilion: z.string().nullable(),
  wing: z.string().nullable(),
  occupants: z.number(),
  designCapacity: z.number().nullable(),
  workingCapacity: z.number().nullable(),
  maxCapacity: z.number().nullable(),
  warnings: z.array(checkItemSchema),
});
export type SuggestedCellView = z.infer<typeof suggestedCellSchema>;

export const suggestionsSchema = z.object({
  person: z.string(),
  centre: z.string(),
  /** Active cells of the centre, and how many of them a blocking reason rules out, per reason. */
  considered: z.number(),
  ruledOut: z.record(z.string(), z.number()),
  cells: z.array(suggestedCellSchema),
});
export type SuggestionsView = z.infer<typeof suggestionsSchema>;

// The power map

const groupCountSchema = z.object({ code: z.string(), name: z.string(), members: z.number() });

export const pavilionPowerSchema = z.object({
  code: z.string(),
  name: z.string(),
  onRoll: z.number(),
  /** People with a group membership in force. */
  affiliated: z.number(),
  groups: z.array(groupCountSchema),
  /** The group with the most members, at least 3 and more than half of the affiliated. */
  dominant: groupCountSchema.extend({ share: z.number() }).nullable(),
  /** Leaders and lieutenants present, of any group. */
  leaders: z.array(z.object({ person: z.string(), name: z.string(), group: z.string(), groupName: z.string(), role: z.enum(['leader', 'lieutenant']) })),
  /** Groups present that are rivals of the dominant group. */
  rivals: z.array(groupCountSchema),
});
export type PavilionPower = z.infer<typeof pavilionPowerSchema>;

export const powerMapSchema = z.object({ centre: z.string(), at: instantText, pavilions: z.array(pavilionPowerSchema) });
export type PowerMapView = z.infer<typeof powerMapSchema>;
