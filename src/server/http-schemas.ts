import type { ZodType } from 'zod';
import { errorResponse } from '../kernel/error-body.ts';

/** The body of every error response (defined in the kernel, which the web app shares). */
export { errorResponse };

/** The error body under each of these HTTP statuses, for a route's `response`. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof errorResponse> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse])) as Record<S, typeof errorResponse>;
}

/** What a route validates (path parameters, query, body) and what it answers, by status. */
interface RouteShapes {
  params?: ZodType;
  querystring?: ZodType;
  body?: ZodType;
  response: Record<number, ZodType>;
}

/**
 * The documentation of a module's routes: `docs(summary, shapes)` gives a route's `schema` option
 * under the module's OpenAPI tags, with the module's error answers added to its own.
 */
export function routeDocs<E extends Record<number, ZodType>>(tags: string[], errors: E) {
  return <S extends RouteShapes>(summary: string, shapes: S) => ({
    schema: { tags, summary, ...shapes, response: { ...shapes.response, ...errors } as S['response'] & E },
  });
}
