import { z } from 'zod';
import { isoInstant, locationCode } from '../../../../src/kernel/fields.ts';
import { createIncidentInputSchema, INCIDENT_SEVERITIES, INCIDENT_TYPES } from '../../../../src/modules/incidents/schemas.ts';
import { blankIsNull, filled, says } from '../../components/form-rules.ts';
import { wordIssue } from '../../components/useSchemaForm.ts';
import type { Language, Translate } from '../../i18n/index.ts';
import { instantFromLocal } from '../../time.ts';

/**
 * The first report's fields as a form holds them (the new report and its correction): the
 * server's input schema, with the controls' blanks read, and the start typed on the centre's clock.
 */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** How far ahead of now a start may be (the server's limit). */
const FUTURE_SLACK_MS = 5 * 60_000;
const shape = createIncidentInputSchema.shape;

/** A time typed DD/MM/YYYY HH:MM (held as YYYY-MM-DDTHH:mm); blank is refused by `filled` callers. */
export const localTime = z.string().refine((value) => LOCAL_TIME.test(value), says('inc.field.timeInvalid'));

export const firstReportSchema = z.object({
  centre: filled(shape.centre, 'inc.field.centreMissing'),
  location: blankIsNull(locationCode.nullable()),
  type: filled(z.enum(INCIDENT_TYPES), 'inc.field.typeMissing'),
  severity: z.enum(INCIDENT_SEVERITIES),
  startedAt: localTime,
  description: shape.description,
});
export type FirstReportValues = z.input<typeof firstReportSchema>;

/**
 * The instant of a time typed on the zone's clock, or why it is refused (in words): not a
 * time, out of the plausible range, or (unless `future`) ahead of now.
 */
export function instantOf(local: string, zone: string, language: Language, t: Translate, { future = false } = {}): { at: string } | { error: string } {
  const instant = instantFromLocal(local, zone);
  if (!instant) return { error: t('inc.field.timeInvalid') };
  const checked = isoInstant().safeParse(instant);
  const issue = checked.success ? null : checked.error.issues[0];
  if (issue) return { error: wordIssue(issue, language, t) };
  if (!future && new Date(instant).getTime() > Date.now() + FUTURE_SLACK_MS) return { error: t('inc.field.timeFuture') };
  return { at: instant };
}
