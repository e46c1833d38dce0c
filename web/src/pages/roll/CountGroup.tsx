import { Fragment, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { CountLine } from '../../api-roll.ts';
import { ErrorAlert, SuccessNote } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { lineName, signed, type LineGroup } from './count-lines.ts';
import { LineNames } from './LineNames.tsx';
import { LineStatusBadge } from './LineStatusBadge.tsx';
import { useEnterCounts } from './queries.ts';

interface CountGroupProps {
  countId: string;
  group: LineGroup;
  /** The count is open and the user may enter figures. */
  editable: boolean;
  mayReconcile: boolean;
}

const WHOLE = /^\d{1,6}$/;

/**
 * A pavilion's lines of a count: expected, and an input for the number counted, saved together
 * for the pavilion; or, line by line, the expected names to tick.
 */
export function CountGroup({ countId, group, editable, mayReconcile }: CountGroupProps) {
  const { t, tn, formatNumber } = useI18n();
  const id = useId();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [names, setNames] = useState<string | null>(null);
  const enter = useEnterCounts(countId);
  const busy = enter.isPending;
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const lines = useMemo(() => group.sections.flatMap((s) => s.lines), [group]);

  // A figure once saved shows from the count itself (the draft goes when the count has it).
  useEffect(() => {
    setDrafts((d) => {
      const kept = Object.entries(d).filter(([location, text]) => {
        const line = lines.find((l) => l.location === location);
        return !line || text !== (line.counted === null ? '' : String(line.counted));
      });
      return kept.length === Object.keys(d).length ? d : Object.fromEntries(kept);
    });
  }, [lines]);

  const shown = (line: CountLine) => drafts[line.location] ?? (line.counted === null ? '' : String(line.counted));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changed = lines.filter((l) => drafts[l.location] !== undefined && drafts[l.location] !== (l.counted === null ? '' : String(l.counted)));
    const entries: { line: CountLine; counted: number }[] = [];
    for (const line of changed) {
      const text = (drafts[line.location] ?? '').trim();
      if (text === '') continue;
      if (!WHOLE.test(text)) return setResult({ ok: false, text: t('count.invalidNumber', { location: lineName(line, t) }) });
      entries.push({ line, counted: Number(text) });
    }
    if (entries.length === 0) return setResult({ ok: false, text: t('count.nothingToSave', { group: group.title }) });
    setResult(null);
    const { saved, error } = await enter.mutateAsync(entries.map((e) => ({ location: e.line.location, counted: e.counted })));
    setResult(error ? { ok: false, text: errorText(error, t) } : { ok: true, text: tn('count.saved', saved, { group: group.title }) });
  }

  const headingId = `${id}-title`;
  return (
    <section className="count-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.title}</h2>
      <form onSubmit={save} noValidate aria-labelledby={headingId}>
        <div className="table-wrap">
          <table className="data-table data-table-compact count-table">
            <caption className="visually-hidden">{t('count.groupCaption', { group: group.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('count.col.location')}</th>
                <th scope="col" className="num">
                  {t('count.col.expected')}
                </th>
                <th scope="col" className="num">
                  {t('count.col.counted')}
                </th>
                <th scope="col" className="num">
                  {t('count.col.difference')}
                </th>
                <th scope="col">{t('count.col.status')}</th>
                <th scope="col">{t('count.col.byName')}</th>
              </tr>
            </thead>
            {group.sections.map((section) => (
              <tbody key={section.key}>
                {section.title && (
                  <tr className="group-head">
                    <th scope="colgroup" colSpan={6}>
                      {section.title}
                    </th>
                  </tr>
                )}
                {section.lines.map((line) => {
                  const inputId = `${id}-${line.location || 'unplaced'}`;
                  const open = names === line.location;
                  return (
                    <Fragment key={line.location}>
                      <tr className={`count-row count-${line.status}`} data-location={line.location || '-'}>
                        <th scope="row">
                          {line.location === '' ? t('count.unplaced') : line.name ?? line.location}
                          {line.location !== '' && <span className="code-note">{line.location}</span>}
                        </th>
                        <td className="num">{formatNumber(line.expected)}</td>
                        <td className="num">
                          {editable ? (
                            <>
                              <label className="visually-hidden" htmlFor={inputId}>
                                {t('count.countedLabel', { location: lineName(line, t) })}
                              </label>
                              <input
                                id={inputId}
                                className="count-input"
                                type="text"
                                inputMode="numeric"
                                pattern="[0-9]*"
                                autoComplete="off"
                                value={shown(line)}
                                onChange={(event) => setDrafts((d) => ({ ...d, [line.location]: event.target.value.replace(/\D/g, '') }))}
                              />
                            </>
                          ) : line.counted === null ? (
                            '—'
                          ) : (
                            formatNumber(line.counted)
                          )}
                        </td>
                        <td className="num">{line.difference === null ? '—' : signed(line.difference, formatNumber)}</td>
                        <td>
                          <LineStatusBadge line={line} />
                          {line.status === 'discrepancy' && mayReconcile && editable && (
                            <a className="reconcile-link" href={`#reconcile-${line.location || 'unplaced'}`}>
                              {t('count.reconcile.link')}
                            </a>
                          )}
                        </td>
                        <td>
                          {editable && line.expected > 0 ? (
                            <button
                              type="button"
                              className="button button-small button-secondary"
                              aria-expanded={open}
                              aria-controls={open ? `${inputId}-names` : undefined}
                              onClick={() => setNames(open ? null : line.location)}
                            >
                              {open ? t('count.byNameClose') : t('count.byName')}
                              <span className="visually-hidden"> · {lineName(line, t)}</span>
                            </button>
                          ) : null}
                        </td>
                      </tr>
                      {open && (
                        <tr className="names-row">
                          <td colSpan={6} id={`${inputId}-names`}>
                            <LineNames countId={countId} line={line} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
        {editable && (
          <div className="form-actions count-save">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('common.saving') : t('count.saveGroup', { group: group.title })}
            </button>
          </div>
        )}
        <div aria-live="polite">{result?.ok && <SuccessNote>{result.text}</SuccessNote>}</div>
        {result && !result.ok && <ErrorAlert>{result.text}</ErrorAlert>}
      </form>
    </section>
  );
}
