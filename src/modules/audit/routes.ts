import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../server/http-schemas.ts';
import type { Database } from '../../db/engine.ts';
import { authorise } from '../../server/request-context.ts';
import { listAuditEntries } from './list-audit-entries.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import type { Role } from '../../kernel/access.ts';


const entry = z.object({
  /** The order in which entries were written, across chains (use it to page with `before`). */
  seq: z.number().int(),
  chain: z.string(),
  chainSeq: z.number().int(),
  at: z.iso.datetime(),
  actorUsername: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  centre: z.string().nullable(),
  oldValues: z.unknown(),
  newValues: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});

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
          querystring: z.object({
            action: z.string().max(60).optional(),
            subjectType: z.string().max(60).optional(),
            subjectId: z.string().max(100).optional(),
            actor: z.string().max(100).optional(),
            before: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
          }),
          response: { 200: z.object({ entries: z.array(entry) }), ...errors },
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
          summary: 'Check the whole hash chain',
          response: {
            200: z.object({
              ok: z.boolean(),
              entries: z.number(),
              chains: z.array(z.object({ chain: z.string(), entries: z.number(), lastHash: z.string() })).optional(),
              chain: z.string().optional(),
              brokenAt: z.number().optional(),
              reason: z.string().optional(),
            }),
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
