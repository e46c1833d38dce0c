import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'custodia_session';
export type CookieSecurity = 'auto' | 'always' | 'never';

function isSecure(request: FastifyRequest, mode: CookieSecurity): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return request.protocol === 'https';
}

/** The session cookie: httpOnly, SameSite=Strict, Secure behind TLS. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  mode: CookieSecurity,
  token: string,
  expires: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecure(request, mode),
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
}
