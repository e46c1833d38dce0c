import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { authorise } from '../../server/request-context.ts';
import { reportOf, seriesOf } from './compute-statistics.ts';
import { renderOpenDataFile } from './open-data.ts';
import { STATS_PERMISSIONS } from './policy.ts';
import { openDataPublisher } from './publish-open-data.ts';
import { readStatistics } from './read-statistics.ts';
import { reportCsv } from './report-csv.ts';
import { openDataFileParamsSchema, openDataIndexSchema, openDataQuerySchema, statsQuerySchema, statsReportSchema, statsSeriesSchema } from './schemas.ts';

const docs = routeDocs(['stats'], errorResponses(400, 401, 403, 404));
const publicDocs = routeDocs(['open data'], errorResponses(400, 404));

/**
 * Official statistics for signed-in users (their caseload's centres), and the public open data
 * (no session: aggregates only, small counts suppressed).
 */
export function statsRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  const publisher = openDataPublisher(deps.db);
  return async (app) => {
    app.get(
      '/stats',
      docs('Official statistics of a period (default: the last full calendar year) per centre of the caseload and in total: the shape of `custodia stats --json`', {
        querystring: statsQuerySchema,
        response: { 200: statsReportSchema },
      }),
      async (request) => {
        const principal = authorise(request, STATS_PERMISSIONS['stats.read']);
        return reportOf(await readStatistics(deps.db, principal, request.query, request.clock));
      },
    );

    app.get(
      '/stats/series',
      docs('The same figures month by month, per centre of the caseload and in total (the dashboard)', {
        querystring: statsQuerySchema,
        response: { 200: statsSeriesSchema },
      }),
      async (request) => {
        const principal = authorise(request, STATS_PERMISSIONS['stats.read']);
        return seriesOf(await readStatistics(deps.db, principal, request.query, request.clock));
      },
    );

    app.get(
      '/stats/export.csv',
      // No response schema: the answer is CSV text, sent as it is.
      { schema: { tags: ['stats'], summary: 'The statistics of a period as CSV: one row per centre of the caseload, then the totals', querystring: statsQuerySchema } },
      async (request, reply) => {
        const principal = authorise(request, STATS_PERMISSIONS['stats.read']);
        const report = reportOf(await readStatistics(deps.db, principal, request.query, request.clock));
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="estadisticas-${report.from}-${report.to}.csv"`)
          .send(reportCsv(report, 'Total'));
      },
    );

    app.get(
      '/open-data',
      {
        config: { public: true },
        ...publicDocs('Open data (public, no session): the period (default: the last full calendar year), the files and the data dictionary', {
          querystring: openDataQuerySchema,
          response: { 200: openDataIndexSchema },
        }),
      },
      async (request) => publisher.openDataIndex(request.query, request.clock),
    );

    app.get(
      '/open-data/:file',
      {
        config: { public: true },
        // No response schema: the answer is the file's text (CSV, JSON or Markdown), sent as it is.
        schema: {
          tags: ['open data'],
          summary: 'One file of the open data (public, no session): a table as CSV or JSON, or the dictionary as JSON, CSV or Markdown',
          params: openDataFileParamsSchema,
          querystring: openDataQuerySchema,
        },
      },
      async (request, reply) => {
        const set = await publisher.openDataSet(request.query, request.clock);
        const file = renderOpenDataFile(set, request.params.file);
        if (!file) throw new AppError('NOT_FOUND');
        return reply.type(file.contentType).header('content-disposition', `inline; filename="${request.params.file}"`).send(file.body);
      },
    );
  };
}
