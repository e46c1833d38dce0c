import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '../../server/http-schemas.ts';
import type { Database } from '../../db/engine.ts';
import { authorise } from '../../server/request-context.ts';
import { listAuditEntries } from './list-audit-entries.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import type { Role } from '../../kernel/access.ts';
import { auditEntryListSchema, auditQueryInputSchema, chainVerdictSchema } from './schemas.ts';


const tags = ['audit'];
const errors = { 401: errorResponse, 403: errorResponse };

export interface AuditRouteDeps {
  db: Database;
  /** Which roles may read and verify the log (the auth module's policy). */
  readers: readonly Role[];
  verifiers: readonly Role[];
}

export function auditRoutes(deps: AuditRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags,
          summary: 'Audit entries, newest first',
          querystring: auditQueryInputSchema,
          response: { 200: auditEntryListSchema, ...errors },
        },
      },
      async (request) => {
        authorise(request, deps.readers);
        const { actor, ...filter } = request.query;
        const rows = await listAuditEntries(deps.db, { ...filter, actorUsername: actor });
        return { entries: rows.map(({ id, seq, ...r }) => ({ ...r, seq: id, chainSeq: seq, at: r.at.toISOString() })) };
      },
    );

    app.get(
      '/audit/verify',
      {
        schema: {
          tags,
          summary: 'Check every chain to its end and against the signed checkpoints; every break found',
          response: {
            200: chainVerdictSchema,
            ...errors,
          },
        },
      },
      async (request) => {
        authorise(request, deps.verifiers);
        const verdict = await verifyAuditChain(deps.db);
        return verdict;
      },
    );
  };
}
