import { useEffect, useState, type FormEvent } from 'react';
import { api, type Centre, type PersonMatch } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link, navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useLoad, type Load } from '../../useLoad.ts';
import { may } from './roles.ts';
import { SearchResults } from './SearchResults.tsx';

const DEBOUNCE_MS = 300;
const MIN_LENGTH = 2;

const loadCentres = () => api.centres().then((r) => new Map<string, Centre>(r.centres.map((c) => [c.code, c])));

function queryInAddress(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** Finds people by name, alias, register number or national ID as one types; the query stays in the address. */
export function PersonsPage() {
  const { t, tn } = useI18n();
  const { user } = useSession();
  const [text, setText] = useState(queryInAddress);
  const [search, setSearch] = useState(() => ({ query: queryInAddress().trim(), round: 0 }));
  const [results, setResults] = useState<Load<PersonMatch[]> | null>(null);
  const [centres] = useLoad(loadCentres);
  const query = search.query;

  // Search a moment after typing stops.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch((s) => (s.query === text.trim() ? s : { query: text.trim(), round: s.round })), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    navigate(search.query ? `/persons?q=${encodeURIComponent(search.query)}` : '/persons', { replace: true });
    if (search.query.length < MIN_LENGTH) {
      setResults(null);
      return;
    }
    let current = true;
    setResults({ status: 'loading' });
    api.searchPersons(search.query).then(
      (r) => current && setResults({ status: 'ready', data: r.people }),
      (error: unknown) => current && setResults({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [search]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // At once, without waiting for the pause; the same query again searches again.
    setSearch((s) => ({ query: text.trim(), round: s.round + 1 }));
  }

  let status: string;
  if (results === null) status = t(query.length > 0 ? 'persons.tooShort' : 'persons.start');
  else if (results.status === 'loading') status = t('persons.searching');
  else if (results.status === 'error') status = '';
  else status = tn('persons.found', results.data.length, { query });

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
      {results?.status === 'error' && <ErrorAlert>{errorText(results.error, t)}</ErrorAlert>}
      {results?.status === 'ready' && (
        <SearchResults people={results.data} query={query} centres={centres.status === 'ready' ? centres.data : new Map()} />
      )}
    </Page>
  );
}
