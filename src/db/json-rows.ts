import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from './engine.ts';

/**
 * The rows of a query as one JSON text, parsed here: for reads of thousands of rows (a whole
 * centre), several times faster than row-by-row results on the embedded engine. Column names
 * become property names (alias them in camelCase); timestamps arrive as ISO strings.
 */
export async function jsonRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(sql`select coalesce(json_agg(t), '[]'::json)::text as rows from (${query}) t`)) as { rows: { rows: string }[] };
  return JSON.parse(result.rows[0]?.rows ?? '[]') as T[];
}

/**
 * As `jsonRows`, for the largest reads (tens of thousands of rows): each row travels as a JSON
 * array of `columns`' values instead of an object repeating every column name, which halves the
 * text the database builds and this process parses; the objects are built here. `columns` are
 * the query's column names (alias them in camelCase), in any order.
 */
export async function jsonTuples<T extends object>(db: Queryable, query: SQL, columns: readonly (keyof T & string)[]): Promise<T[]> {
  const values = sql.join(
    columns.map((column) => sql`t.${sql.identifier(column)}`),
    sql`, `,
  );
  const result = (await db.execute(sql`select coalesce(json_agg(json_build_array(${values})), '[]'::json)::text as rows from (${query}) t`)) as { rows: { rows: string }[] };
  const tuples = JSON.parse(result.rows[0]?.rows ?? '[]') as unknown[][];
  return tuples.map((tuple) => {
    const row: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      row[column] = tuple[i];
    });
    return row as T;
  });
}
