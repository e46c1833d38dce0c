import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { peopleApi } from '../../api-people.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';

const MIN_LENGTH = 2;

/** "Find a person": the register's search by name, alias or number; choosing one fills the find's person. */
export function PersonPicker({ onPick, label }: { onPick: (id: string) => void; label: string }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const results = useQuery({ queryKey: ['persons', 'search', query], queryFn: () => peopleApi.search(query, 10), enabled: query.length >= MIN_LENGTH });

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery(text.trim());
  }

  if (!open) {
    return (
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)} aria-label={`${t('sz.person.search')} · ${label}`}>
        {t('sz.person.search')}
      </button>
    );
  }
  const people = query.length >= MIN_LENGTH ? results.data?.people : undefined;
  return (
    // Not a <form>: it sits inside the search's form.
    <div className="sz-picker" role="search" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="visually-hidden">
        {`${t('sz.person.search')} · ${label}`}
      </span>
      <div className="sz-picker-bar">
        <TextField
          type="search"
          label={t('sz.person.searchLabel')}
          value={text}
          onChange={setText}
          onKeyDown={(event) => {
            if (event.key === 'Enter') search(event);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="button" className="button button-secondary button-small" onClick={search}>
          {t('sz.person.search')}
        </button>
        <button type="button" className="button button-link button-small" onClick={() => setOpen(false)}>
          {t('sz.person.close')}
        </button>
      </div>
      {query.length >= MIN_LENGTH && results.error && <LoadState query={results} />}
      {people && people.length === 0 && <p role="status">{t('sz.person.none', { q: query })}</p>}
      {people && people.length > 0 && (
        <ul className="sz-picker-results">
          {people.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="button button-link"
                onClick={() => {
                  onPick(p.id);
                  setOpen(false);
                }}
              >
                {t('sz.person.choose', { name: listName(p) })}
              </button>
              <span className="code-note">
                {p.id}
                {p.centre ? ` · ${p.centre}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
