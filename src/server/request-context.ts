import type { FastifyRequest } from 'fastify';
import { decide, type Principal, type Role } from '../kernel/access.ts';
import { AppError } from '../kernel/errors.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Language } from '../kernel/language.ts';
import type { AuditContext } from '../modules/audit/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    session: { tokenHash: string; csrfToken: string; mustChangePassword: boolean } | null;
    language: Language;
    /** The application's clock (services.clock). */
    clock: Clock;
  }
}

/** The signed-in user, or a 401. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('AUTH_REQUIRED');
  return request.principal;
}

/**
 * The signed-in user if they hold one of `roles` and, for a record of a centre, have that
 * centre in their caseload; otherwise 401, 403 or 404 (outside the caseload).
 */
export function authorise(
  request: FastifyRequest,
  roles: readonly Role[],
  record?: { centre: string | null },
): Principal {
  const principal = requirePrincipal(request);
  const decision = decide(principal, roles, record);
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
  return principal;
}

/** Who is acting, for the audit entries this request writes. */
export function auditContext(request: FastifyRequest): AuditContext {
  const principal = requirePrincipal(request);
  return { actor: { id: principal.id, username: principal.username }, requestId: request.id, clock: request.clock };
}
