import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, errorMessage, type ErrorCode, type ErrorKind } from '../kernel/errors.ts';
import { describeIssue } from '../kernel/field-messages.ts';

/** The one place where error kinds become HTTP statuses. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  throttled: 429,
  internal: 500,
};

export interface ErrorBody {
  error: { code: string; message: string; field?: string | undefined; requestId: string };
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'AUTH_REQUIRED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'AUTH_TOO_MANY_ATTEMPTS';
  return 'VALIDATION_FAILED';
}

/** Maps any error to a response. 5xx internals are logged, never shown. */
export function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  const language = request.language;
  const requestId = request.id;
  if (error instanceof AppError) {
    const status = STATUS_BY_KIND[error.kind];
    if (status >= 500) request.log.error({ err: error }, 'internal error');
    return reply.status(status).send({
      error: { code: error.code, message: error.messageIn(language), field: error.field, requestId },
    } satisfies ErrorBody);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (path: string) => path.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'body';
    const field = error.validation[0] ? where(error.validation[0].instancePath) : undefined;
    const detail = error.validation
      .map((v) => {
        // The provider keeps zod's issue as keyword + params + message: word it in the user's language.
        const issue = { ...v.params, code: v.keyword, message: v.message, path: [] } as unknown as z.core.$ZodIssue;
        return `${where(v.instancePath)}: ${describeIssue(issue, language)}`;
      })
      .join('; ');
    return reply.status(400).send({
      error: { code: 'VALIDATION_FAILED', message: errorMessage('VALIDATION_FAILED', language, { detail }), field, requestId },
    } satisfies ErrorBody);
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status < 500) {
    const code = codeForStatus(status);
    return reply.status(status).send({
      error: { code, message: errorMessage(code, language, { detail: error.message }), requestId },
    } satisfies ErrorBody);
  }
  request.log.error({ err: error }, 'internal error');
  return reply.status(500).send({
    error: { code: 'INTERNAL', message: errorMessage('INTERNAL', language, { requestId }), requestId },
  } satisfies ErrorBody);
}
