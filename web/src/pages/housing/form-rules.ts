import type { z } from 'zod';
import { blankIsNull, filled } from '../../components/form-rules.ts';

/**
 * The controls a link to a group has (a membership, a relation): since when (optional), how
 * sure (to choose), a note (optional) — read into the request's `since`, `confidence`, `note`.
 * The generic rules of form controls are in components/form-rules.ts.
 */
export function linkRules<S extends z.ZodType, C extends z.ZodType, N extends z.ZodType>(shape: { since: S; confidence: C; note: N }) {
  return {
    since: blankIsNull(shape.since),
    confidence: filled(shape.confidence, 'membership.confidenceMissing'),
    note: blankIsNull(shape.note),
  };
}
