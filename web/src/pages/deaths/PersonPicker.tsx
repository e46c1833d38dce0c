import { useId, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { navigate } from '../../router.tsx';
import { MIN_SEARCH, usePersonSearch } from '../people/queries.ts';

/** Finds the person whose death is recorded: by name or register number; choosing one puts them in the address. */
export function PersonPicker() {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const search = usePersonSearch(q);
  const people = search.data?.pages.flatMap((p) => p.people) ?? [];
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('death.form.person')}</h2>
      <form
        className="inline-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQ(text.trim());
        }}
      >
        <label htmlFor={`${id}-q`}>{t('death.form.search')}</label>
        <input id={`${id}-q`} value={text} onChange={(event) => setText(event.target.value)} minLength={MIN_SEARCH} maxLength={200} />
        <button type="submit" className="button button-secondary">
          {t('death.form.searchButton')}
        </button>
      </form>
      {search.data && people.length === 0 && <p className="empty-state">{t('death.form.noMatch')}</p>}
      {people.length > 0 && (
        <ul className="plain-list">
          {people.map((p) => (
            <li key={p.id}>
              <button type="button" className="button button-link" onClick={() => navigate(`/deaths/new?person=${encodeURIComponent(p.id)}`)}>
                {t('death.form.choose')}: {t('death.form.chosen', { name: listName(p), id: p.id })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
