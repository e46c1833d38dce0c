import { useEffect, useId, useState, type FormEvent } from 'react';
import { rollApi, type ListedPerson } from '../../api-roll.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ListedPeople } from './ListedPeople.tsx';

const DEBOUNCE_MS = 300;
const MIN_LENGTH = 2;
const SHOWN = 20;

/**
 * Finds a person on the frozen list by name, alias, register number or ID (as one types, or at
 * once on Enter) and records what was found with one click. `round` changes after each mark, so
 * that the results show the new status.
 */
export function PersonSearch({ emergencyId, round, canMark, onMarked }: { emergencyId: string; round: number; canMark: boolean; onMarked: (text: string) => void }) {
  const { t, tn } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState({ q: '', n: 0 });

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery((s) => (s.q === text.trim() ? s : { q: text.trim(), n: s.n })), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  // The results stay on screen while they are fetched again (after a mark), so that the focus stays put.
  const [results, setResults] = useState<{ people: ListedPerson[] | null; error: unknown }>({ people: null, error: null });
  const [retryRound, setRetryRound] = useState(0);
  useEffect(() => {
    if (query.q.length < MIN_LENGTH) {
      setResults({ people: null, error: null });
      return;
    }
    let current = true;
    rollApi.findOnList(emergencyId, query.q).then(
      (r) => current && setResults({ people: r.people, error: null }),
      (error: unknown) => current && setResults({ people: null, error }),
    );
    return () => {
      current = false;
    };
  }, [emergencyId, query, round, retryRound]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery((s) => ({ q: text.trim(), n: s.n + 1 }));
  }

  const people = results.people;
  return (
    <section className="panel emergency-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('emergency.search.title')}</h2>
      <form className="search-bar" role="search" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <TextField
          type="search"
          label={t('emergency.search.label')}
          hint={t('emergency.search.hint')}
          value={text}
          onChange={setText}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="button button-primary">
          {t('emergency.search.submit')}
        </button>
      </form>
      <p className="search-status" role="status">
        {query.q.length > 0 && query.q.length < MIN_LENGTH
          ? t('emergency.search.short')
          : people === null
            ? ''
            : people.length === 0
              ? t('emergency.search.none', { q: query.q })
              : tn('emergency.search.results', people.length)}
      </p>
      {results.error !== null && <LoadState load={{ status: 'error', error: results.error }} retry={() => setRetryRound((n) => n + 1)} />}
      {people && people.length > 0 && (
        <>
          <ListedPeople
            people={people.slice(0, SHOWN)}
            caption={t('emergency.search.caption', { q: query.q })}
            emergencyId={emergencyId}
            canMark={canMark}
            onMarked={onMarked}
            testId="search-results"
          />
          {people.length > SHOWN && <p className="field-hint">{t('emergency.search.more', { shown: SHOWN, count: people.length })}</p>}
        </>
      )}
    </section>
  );
}
