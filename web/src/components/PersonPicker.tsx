import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { peopleApi, type PersonMatch } from '../api-people.ts';
import { useI18n } from '../i18n/index.ts';
import { listName } from '../people.ts';
import { useCentres } from '../queries.ts';
import { LoadState } from './LoadState.tsx';
import { TextField } from './TextField.tsx';
import './person-picker.css';

/** Shortest text worth searching for. */
const MIN_LENGTH = 2;
/** Matches shown. */
const SHOWN = 10;
/** Matches asked for when only one centre's people count (the others are dropped here). */
const ASKED_FOR_CENTRE = 100;

interface PersonPickerProps {
  /** Called with the person chosen. */
  onPick: (person: PersonMatch) => void;
  /** What the picker is for, said to assistive technology ("Buscar persona · Objeto 1"); the search field's label otherwise. */
  label?: string | undefined;
  /** Only people held at this centre now (its code); every match when not given. */
  centre?: string | null | undefined;
  /** Shows a button (and Escape) that closes the picker. */
  onClose?: (() => void) | undefined;
  /** Puts the cursor in the search field when it appears (a picker opened by a button). */
  autoFocus?: boolean | undefined;
}

/**
 * Finds a person in the register by name, alias, register number or ID and offers the best
 * matches as buttons (name, register number, centre); Enter searches, the arrow keys move
 * between the field and the matches. Not a <form>: it may sit inside another form.
 */
export function PersonPicker({ onPick, label, centre, onClose, autoFocus }: PersonPickerProps) {
  const { t, tn } = useI18n();
  const id = useId();
  const centres = useCentres();
  const list = useRef<HTMLUListElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const searching = query.length >= MIN_LENGTH;
  const limit = centre ? ASKED_FOR_CENTRE : SHOWN;
  const results = useQuery({ queryKey: ['persons', 'search', query, 'picker', limit], queryFn: () => peopleApi.search(query, limit), enabled: searching });
  const found = searching ? results.data?.people : undefined;
  const people = found?.filter((p) => !centre || p.centre === centre).slice(0, SHOWN);
  const centreName = (code: string | null) => (code ? (centres.data?.find((c) => c.code === code)?.name ?? code) : t('sz.picker.notHeld'));

  function search() {
    const typed = text.trim();
    if (typed === query) void results.refetch();
    else setQuery(typed);
  }

  /** Moves the focus among the matches (-1: back to the field). */
  function focusOption(index: number) {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    if (buttons.length === 0) return;
    if (index < 0) document.getElementById(`${id}-field`)?.querySelector('input')?.focus();
    else buttons[Math.min(index, buttons.length - 1)]?.focus();
  }

  function onFieldKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusOption(0);
    } else if (event.key === 'Escape' && onClose) onClose();
  }

  function onOptionKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: SHOWN };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusOption(to);
    } else if (event.key === 'Escape' && onClose) onClose();
  }

  const status = (() => {
    if (query.length > 0 && !searching) return t('sz.picker.short', { n: MIN_LENGTH });
    if (!people) return '';
    if (people.length > 0) return tn('sz.picker.found', people.length);
    return centre && found && found.length > 0 ? t('sz.picker.noneHere', { q: query, centre: centreName(centre) }) : t('sz.picker.none', { q: query });
  })();

  return (
    <div className="person-picker" role="search" aria-label={label ?? t('sz.picker.label')}>
      <div className="person-picker-bar" id={`${id}-field`}>
        <TextField
          type="search"
          label={t('sz.picker.label')}
          hint={centre ? t('sz.picker.hintCentre', { centre: centreName(centre) }) : t('sz.picker.hint')}
          value={text}
          onChange={setText}
          onKeyDown={onFieldKey}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          autoFocus={autoFocus}
        />
        <div className="person-picker-actions">
          <button type="button" className="button button-secondary" onClick={search}>
            {t('sz.picker.search')}
          </button>
          {onClose && (
            <button type="button" className="button button-link" onClick={onClose}>
              {t('sz.picker.close')}
            </button>
          )}
        </div>
      </div>
      <p className="person-picker-status" role="status">
        {status}
      </p>
      {searching && results.error && <LoadState query={results} />}
      {people && people.length > 0 && (
        <ul className="person-picker-results" ref={list} aria-label={t('sz.picker.results', { q: query })}>
          {people.map((p, index) => (
            <li key={p.id}>
              <button type="button" className="person-picker-option" onClick={() => onPick(p)} onKeyDown={(event) => onOptionKey(event, index)}>
                <span className="person-picker-name">{t('sz.picker.choose', { name: listName(p) })}</span>
                <span className="person-picker-facts">
                  <span className="code">{p.id}</span> · {centreName(p.centre)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
