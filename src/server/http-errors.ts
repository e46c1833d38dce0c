import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorMessage, type ErrorCode, type ErrorKind } from '../kernel/errors.ts';

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
    const first = error.validation[0];
    const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
    const detail = error.validation
      .map((v) => `${v.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'body'}: ${v.message}`)
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
