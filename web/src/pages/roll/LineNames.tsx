import { useEffect, useId, useState } from 'react';
import type { CountLine } from '../../api-roll.ts';
import { ErrorAlert, SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { lineName } from './count-lines.ts';
import { useLinePeople, useMarkPeople } from './queries.ts';

/** Counting by name: the people expected at a line when the count started, to tick present or not. */
export function LineNames({ countId, line }: { countId: string; line: CountLine }) {
  const { t } = useI18n();
  const id = useId();
  const query = useLinePeople(countId, line.location);
  const marking = useMarkPeople(countId, line.location);
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const people = query.data?.people;

  useEffect(() => {
    if (people) setPresent(Object.fromEntries(people.map((p) => [p.id, p.present === true])));
  }, [people]);

  function save() {
    if (!people) return;
    const marks = people.map((p) => ({ person: p.id, present: present[p.id] === true }));
    setSaved(null);
    marking.mutate(marks, { onSuccess: (answer) => setSaved(t('count.names.saved', { present: answer.line.counted ?? 0, total: marks.length })) });
  }

  if (!query.data) return <LoadState query={query} />;
  const busy = marking.isPending;
  return (
    <div className="line-names">
      {query.data.people.length === 0 ? (
        <p>{t('count.names.none')}</p>
      ) : (
        <fieldset>
          <legend>{t('count.names.legend', { location: lineName(line, t) })}</legend>
          <ul className="names-list">
            {query.data.people.map((p) => (
              <li key={p.id}>
                <label className="checkbox" htmlFor={`${id}-${p.id}`}>
                  <input
                    id={`${id}-${p.id}`}
                    type="checkbox"
                    checked={present[p.id] === true}
                    onChange={(event) => setPresent((m) => ({ ...m, [p.id]: event.target.checked }))}
                  />
                  <span>
                    {listName(p)} <span className="code-note">{p.id}</span>
                    {p.present !== null && (
                      <span className="cell-note">{t(p.present ? 'count.names.markedPresent' : 'count.names.markedAbsent', { who: p.markedBy ?? '—' })}</span>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('count.names.hint')}</p>
          <button type="button" className="button button-primary button-small" onClick={save} disabled={busy}>
            {busy ? t('common.saving') : t('count.names.save')}
          </button>
        </fieldset>
      )}
      <div aria-live="polite">{saved && <SuccessNote>{saved}</SuccessNote>}</div>
      {marking.error && <ErrorAlert>{errorText(marking.error, t)}</ErrorAlert>}
    </div>
  );
}
