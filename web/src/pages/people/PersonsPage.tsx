import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link, navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { MIN_SEARCH, SEARCH_PAGE, usePersonSearch } from './queries.ts';
import { may } from './roles.ts';
import { SearchResults } from './SearchResults.tsx';

const DEBOUNCE_MS = 300;

function queryInAddress(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** Finds people by name, alias, register number or national ID as one types; the query stays in the address. */
export function PersonsPage() {
  const { t, tn, formatNumber } = useI18n();
  const { user } = useSession();
  const [text, setText] = useState(queryInAddress);
  const [query, setQuery] = useState(() => queryInAddress().trim());
  const results = usePersonSearch(query);
  const centres = useCentres();

  // Search a moment after typing stops.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    navigate(query ? `/persons?q=${encodeURIComponent(query)}` : '/persons', { replace: true });
  }, [query]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // At once, without waiting for the pause; the same query again searches again.
    if (text.trim() === query) void results.refetch();
    else setQuery(text.trim());
  }

  const searching = query.length >= MIN_SEARCH;
  const people = results.data?.pages.flatMap((p) => p.people) ?? [];
  const total = results.data?.pages[0]?.total ?? 0;
  const more = Math.min(SEARCH_PAGE, total - people.length);
  let status: string;
  if (!searching) status = t(query.length > 0 ? 'persons.tooShort' : 'persons.start');
  else if (results.isFetching && !results.data) status = t('persons.searching');
  else if (results.error) status = '';
  else status = tn('persons.total', total, { query });

  return (
    <Page
      title={t('persons.title')}
      intro={t('persons.intro')}
      actions={
        may(user, 'admit') ? (
          <Link to="/admissions/new" className="button button-primary">
            {t('persons.admit')}
          </Link>
        ) : undefined
      }
    >
      <form className="search-bar" role="search" aria-label={t('persons.title')} onSubmit={submit}>
        <TextField
          label={t('persons.searchLabel')}
          hint={t('persons.searchHint')}
          type="search"
          name="q"
          value={text}
          onChange={setText}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
        <button type="submit" className="button button-primary">
          {t('persons.search')}
        </button>
      </form>
      <p className="search-status" role="status">
        {status}
      </p>
      {searching && results.error && <ErrorAlert>{errorText(results.error, t)}</ErrorAlert>}
      {searching && results.data && <SearchResults people={people} query={query} centres={centres.data ?? []} />}
      {searching && results.data && people.length > 0 && people.length < total && (
        <div className="list-tools">
          <p className="muted">{t('persons.showing', { shown: formatNumber(people.length), total: formatNumber(total) })}</p>
          <button type="button" className="button button-secondary" disabled={results.isFetchingNextPage} onClick={() => void results.fetchNextPage()}>
            {t('persons.more', { count: formatNumber(more) })}
          </button>
        </div>
      )}
    </Page>
  );
}
