import { z } from 'zod';

/**
 * One shape for every list that pages: the query fields (`limit`, `offset`, `sort`, `dir`) and
 * the answer `{ total, offset, limit, items }`. The server validates and documents its list
 * endpoints with these; the web's `Pager` and CSV export read the same fields. Browser-safe:
 * zod and nothing else.
 *
 * @example
 * // schemas.ts
 * export const peopleQuerySchema = z.object({ ...pageQueryFields(['name', 'id'], 'name'), state: enumList(PERSON_STATES) });
 * export const peoplePageSchema = pageSchema(occupantSchema);
 * // repository.ts: `order by <column> <dir>, <unique key> limit $limit offset $offset`, and
 * // `count(*) over ()` in the same query for the total.
 */

/** Rows per page when the caller does not say. */
export const PAGE_LIMIT_DEFAULT = 50;
/** The most rows one request may ask for (the CSV export reads page after page of this size). */
export const PAGE_LIMIT_MAX = 500;
/** The farthest offset accepted: far beyond any list Custodia has, small enough for any engine. */
export const PAGE_OFFSET_MAX = 10_000_000;

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** The page size and position fields of a list's query string (numbers come as text in a URL). */
export const pageWindowFields = {
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
  offset: z.coerce.number().int().min(0).max(PAGE_OFFSET_MAX).default(0),
};

/**
 * The query-string fields of a list that pages and sorts: `limit` 1..500 (50), `offset` ≥ 0 (0),
 * `sort` one of `columns` (`defaultSort`), `dir` asc|desc (`defaultDir`, asc).
 */
export function pageQueryFields<const C extends readonly [string, ...string[]]>(columns: C, defaultSort: C[number], defaultDir: SortDirection = 'asc') {
  return {
    ...pageWindowFields,
    sort: z.enum(columns).default(defaultSort as never),
    dir: z.enum(SORT_DIRECTIONS).default(defaultDir),
  };
}

/**
 * A filter of several values from a closed list, as `state=in,out` (or `state=in&state=out`);
 * absent or empty = no filter (undefined). An unknown value is a 400 naming the field.
 */
export function enumList<const V extends readonly [string, ...string[]]>(values: V) {
  return z.preprocess(
    (raw) => {
      if (raw === undefined || raw === null || raw === '') return undefined;
      const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
      const kept = parts.filter((v) => v !== '');
      return kept.length === 0 ? undefined : kept;
    },
    z.array(z.enum(values)).max(values.length * 2).optional(),
  );
}

/** A list's answer: `total` rows match the filters; `items` are those from `offset`, at most `limit`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int().min(0),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1),
    items: z.array(item),
  });
}

export interface PageOf<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/** A page cut from rows already filtered and sorted in memory (small lists put together from several modules). */
export function slicePage<T>(rows: readonly T[], window: PageWindow): PageOf<T> {
  return { total: rows.length, offset: window.offset, limit: window.limit, items: rows.slice(window.offset, window.offset + window.limit) };
}

/**
 * The page of a query that counted in the same round trip: every row carries the count in
 * `total`, and the query returns one row whose `key` is null when the page is empty, so the total
 * is known even past the end. The pattern in SQL:
 * `select c.total, p.* from (select count(*)::int as total from filtered) c left join lateral
 * (select … from filtered order by … limit $l offset $o) p on true`.
 */
export function pageFromCounted<R extends { total: unknown }, K extends keyof R>(rows: readonly R[], key: K, window: PageWindow): PageOf<R> {
  return {
    total: rows.length > 0 ? Number(rows[0]?.total) : 0,
    offset: window.offset,
    limit: window.limit,
    items: rows.filter((r) => r[key] !== null && r[key] !== undefined),
  };
}

/**
 * Compares two values for a sort in memory, `asc` or `desc`, nulls last either way; text by the
 * Spanish collation (accents and case ignored), as the database's order by name does.
 */
export function compareBy<T>(value: (row: T) => string | number | null, dir: SortDirection): (a: T, b: T) => number {
  const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return dir === 'asc' ? order : -order;
  };
}
