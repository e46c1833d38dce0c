import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { caseloadScope, type Principal } from '../../kernel/access.ts';
import { pageFromCounted, type PageOf, type PageWindow } from '../../kernel/paging.ts';
import type { LegalStatus } from '../../kernel/vocabulary.ts';
import { responsibleCentreSql } from './repository.ts';
import { queryTerms } from './search-text.ts';

export interface PersonMatch {
  id: string;
  nationalId: string | null;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  birthDate: string | null;
  /** The centre responsible now, or null if not in custody. */
  centre: string | null;
  legalStatus: LegalStatus | null;
  score: number;
}

// How close a query word must be to a word of the register (trigram similarity): low enough
// for a typo ("macais" → "macias", 0.27) or an unfinished word ("maci" → "macias", 0.5), high
// enough that short names do not match everything.
const WORD_SIMILARITY = 0.25;
// Each query word stands for at most this many words of the register, the closest ones, so a
// common or short word cannot turn a search into a scan of the whole register.
const CLOSEST_WORDS = 20;

/**
 * Finds people by name, alias, register number or national ID: accent-, case- and
 * order-insensitive, tolerant of typos (trigram word similarity, every query word must match).
 * Only people whose answerable centre (holding them now, or that released them) is in the
 * caseload are found, as in `isPersonVisible`.
 */
export async function searchPersons(
  db: Database,
  principal: Pick<Principal, 'caseload'>,
  query: string,
  limit = 20,
): Promise<PersonMatch[]> {
  return (await searchPersonsPage(db, principal, query, { offset: 0, limit })).items;
}

/**
 * One page of the people `searchPersons` finds, best match first, with how many it finds in all
 * (counted in the same query), so the user can see that there are more and ask for them.
 */
export async function searchPersonsPage(
  db: Database,
  principal: Pick<Principal, 'caseload'>,
  query: string,
  window: PageWindow,
): Promise<PageOf<PersonMatch>> {
  const none = { total: 0, offset: window.offset, limit: window.limit, items: [] };
  const terms = queryTerms(query);
  if (terms.length === 0) return none;
  const scope = caseloadScope(principal);
  if (scope !== null && scope.length === 0) return none;
  const scoped: SQL = scope === null
    ? sql`true`
    : sql`${responsibleCentreSql(sql`p.id`)} in (${sql.join(scope.map((c) => sql`${c}`), sql`, `)})`;
  // Each query word k: the register's words like it (m.k), then the people having one of them
  // for every k, ranked by how close their best word is to each query word.
  const having = sql.join(
    terms.map((_, k) => sql`p.search_tokens && array(select token from m where m.k = ${k + 1})`),
    sql` and `,
  );
  const score = sql.join(
    terms.map((_, k) => sql`coalesce((select max(m.s) from m where m.k = ${k + 1} and m.token = any(p.search_tokens)), 0)`),
    sql` + `,
  );
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local pg_trgm.similarity_threshold = ${WORD_SIMILARITY}`));
    const result = (await tx.execute(sql`
      with q as (select term, k from unnest(${sql.param(terms)}::text[]) with ordinality as q(term, k)),
      m as materialized (
        select q.k, v.token, similarity(v.token, q.term) as s
        from q cross join lateral (
          select token from search_vocabulary where token % q.term
          order by similarity(token, q.term) desc, token limit ${CLOSEST_WORDS}
        ) v
        where q.term !~ '[0-9]'
        union all
        -- Register numbers and IDs: exactly.
        select q.k, q.term, 1.0 from q where q.term ~ '[0-9]'
      ),
      hits as materialized (
        select p.id, p.national_id, p.given_names, p.family_names, p.aliases, p.birth_date,
               e.centre, e.legal_status, (${score})::float8 as score
        from persons p
        left join custody_episodes e on e.person = p.id and e.released_at is null
        where ${having} and ${scoped}
      )
      -- The count and the page in one round trip; one row with a null id when the page is empty.
      select c.total, h.*
      from (select count(*)::int as total from hits) c
      left join lateral (
        select * from hits order by score desc, family_names, given_names, id
        limit ${window.limit} offset ${window.offset}
      ) h on true`)) as { rows: (Record<string, unknown> & { total: number; id: string | null })[] };
    const page = pageFromCounted(result.rows, 'id', window);
    return {
      ...page,
      items: page.items.map((r) => ({
      id: r.id as string,
      nationalId: (r.national_id as string | null) ?? null,
      givenNames: r.given_names as string,
      familyNames: r.family_names as string,
      aliases: (r.aliases as string[] | null) ?? [],
      birthDate: r.birth_date === null ? null : String(r.birth_date).slice(0, 10),
      centre: (r.centre as string | null) ?? null,
      legalStatus: (r.legal_status as LegalStatus | null) ?? null,
      score: Number(r.score),
      })),
    };
  });
}
