import type { KeyObject } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import type { Database } from '../../db/engine.ts';
import { authorise } from '../../server/request-context.ts';
import { pageAuditEntries } from './list-audit-entries.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import type { Role } from '../../kernel/access.ts';
import { auditEntryListSchema, auditQueryInputSchema, chainVerdictSchema } from './schemas.ts';


const docs = routeDocs(['audit'], errorResponses(401, 403));

export interface AuditRouteDeps {
  db: Database;
  /** Which roles may read and verify the log (the auth module's policy). */
  readers: readonly Role[];
  verifiers: readonly Role[];
  /** The key checkpoints must be signed with (trustedCheckpointKey); without it each names its own. */
  trustedKey?: KeyObject | undefined;
}

export function auditRoutes(deps: AuditRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      docs('Audit entries, newest first, a page at a time; by day range, centre, actor, action', {
        querystring: auditQueryInputSchema,
        response: { 200: auditEntryListSchema },
      }),
      async (request) => {
        authorise(request, deps.readers);
        const { actor, ...filter } = request.query;
        const page = await pageAuditEntries(deps.db, { ...filter, actorUsername: actor });
        return { ...page, items: page.items.map(({ id, seq, ...r }) => ({ ...r, seq: id, chainSeq: seq, at: r.at.toISOString() })) };
      },
    );

    app.get(
      '/audit/verify',
      docs('Check every chain to its end and against the signed checkpoints; every break found', { response: { 200: chainVerdictSchema } }),
      async (request) => {
        authorise(request, deps.verifiers);
        const verdict = await verifyAuditChain(deps.db, { publicKey: deps.trustedKey });
        return verdict;
      },
    );
  };
}
