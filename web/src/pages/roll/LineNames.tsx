import { useCallback, useEffect, useId, useState } from 'react';
import { rollApi, type CountLine } from '../../api-roll.ts';
import { ErrorAlert, SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { fullName } from './clock.ts';
import { lineName } from './count-lines.ts';

/** Counting by name: the people expected at a line when the count started, to tick present or not. */
export function LineNames({ countId, line, onSaved }: { countId: string; line: CountLine; onSaved: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const fetchPeople = useCallback(() => rollApi.linePeople(countId, line.location), [countId, line.location]);
  const [load, reload] = useLoad(fetchPeople, `${countId}|${line.location}`);
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (load.status === 'ready') setPresent(Object.fromEntries(load.data.people.map((p) => [p.id, p.present === true])));
  }, [load]);

  async function save() {
    if (load.status !== 'ready') return;
    const marks = load.data.people.map((p) => ({ person: p.id, present: present[p.id] === true }));
    setBusy(true);
    setResult(null);
    try {
      const answer = await rollApi.markPeople(countId, line.location, marks);
      setResult({ ok: true, text: t('count.names.saved', { present: answer.line.counted ?? 0, total: marks.length }) });
      onSaved();
    } catch (failure) {
      setResult({ ok: false, text: errorText(failure, t) });
    } finally {
      setBusy(false);
    }
  }

  if (load.status !== 'ready') return <LoadState load={load} retry={reload} />;
  return (
    <div className="line-names">
      {load.data.people.length === 0 ? (
        <p>{t('count.names.none')}</p>
      ) : (
        <fieldset>
          <legend>{t('count.names.legend', { location: lineName(line, t) })}</legend>
          <ul className="names-list">
            {load.data.people.map((p) => (
              <li key={p.id}>
                <label className="checkbox" htmlFor={`${id}-${p.id}`}>
                  <input
                    id={`${id}-${p.id}`}
                    type="checkbox"
                    checked={present[p.id] === true}
                    onChange={(event) => setPresent((m) => ({ ...m, [p.id]: event.target.checked }))}
                  />
                  <span>
                    {fullName(p)} <span className="code-note">{p.id}</span>
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
      <div aria-live="polite">{result?.ok && <SuccessNote>{result.text}</SuccessNote>}</div>
      {result && !result.ok && <ErrorAlert>{result.text}</ErrorAlert>}
    </div>
  );
}
