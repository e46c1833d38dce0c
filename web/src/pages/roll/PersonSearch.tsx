import { useEffect, useId, useState, type FormEvent } from 'react';
import { LoadState } from '../../components/LoadState.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ListedPeople } from './ListedPeople.tsx';
import { useFindOnList } from './queries.ts';

const DEBOUNCE_MS = 300;
const MIN_LENGTH = 2;
const SHOWN = 20;

/**
 * Finds a person on the frozen list by name, alias, register number or ID (as one types, or at
 * once on Enter) and records what was found with one click. A mark invalidates the search, so
 * that the results show the new status (they stay on screen meanwhile: the focus stays put).
 */
export function PersonSearch({ emergencyId, canMark, onMarked }: { emergencyId: string; canMark: boolean; onMarked: (text: string) => void }) {
  const { t, tn } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const searching = query.length >= MIN_LENGTH;
  const results = useFindOnList(emergencyId, query, searching);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === query) void results.refetch();
    else setQuery(text.trim());
  }

  const people = searching ? (results.data ?? null) : null;
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
        {query.length > 0 && query.length < MIN_LENGTH
          ? t('emergency.search.short')
          : people === null
            ? ''
            : people.length === 0
              ? t('emergency.search.none', { q: query })
              : tn('emergency.search.results', people.length)}
      </p>
      {searching && results.error && <LoadState query={results} />}
      {people && people.length > 0 && (
        <>
          <ListedPeople
            people={people.slice(0, SHOWN)}
            caption={t('emergency.search.caption', { q: query })}
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
