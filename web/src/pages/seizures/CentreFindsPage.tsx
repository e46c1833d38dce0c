import { useState, type FormEvent } from 'react';
import { dateProblem } from '../../../../src/kernel/fields.ts';
import { SEIZURE_ITEMS, type SeizureSummary } from '../../../../src/modules/intelligence/schemas.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { PlaceName } from '../../components/PlaceName.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf } from '../../queries.ts';
import { useSeizureSummary } from './queries.ts';
import { itemWord } from './words.ts';

interface Line {
  month: string;
  pavilion: string | null;
  quantities: Map<string, number>;
  total: number;
}

/** The summary's rows as lines of the table: one per month and pavilion, quantities by item. */
function linesOf(summary: SeizureSummary): Line[] {
  const order = new Map(summary.pavilions.map((p, i) => [p.code, i]));
  const lines = new Map<string, Line>();
  for (const row of summary.rows) {
    const key = `${row.month}|${row.pavilion ?? ''}`;
    const line = lines.get(key) ?? { month: row.month, pavilion: row.pavilion, quantities: new Map(), total: 0 };
    line.quantities.set(row.item, (line.quantities.get(row.item) ?? 0) + row.quantity);
    line.total += row.quantity;
    lines.set(key, line);
  }
  const rank = (l: Line) => (l.pavilion === null ? Number.MAX_SAFE_INTEGER : (order.get(l.pavilion) ?? Number.MAX_SAFE_INTEGER - 1));
  return [...lines.values()].sort((a, b) => a.month.localeCompare(b.month) || rank(a) - rank(b));
}

/**
 * A centre's finds over time per pavilion: a table by month and pavilion (or unit), with the
 * quantity of each item found and the total; the last twelve months unless days are chosen.
 */
export function CentreFindsPage({ code }: { code: string }) {
  const { t, language, formatNumber, formatDate } = useI18n();
  const centre = useCentreOf(code);
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [range, setRange] = useState({ from: '', to: '' });
  const [problems, setProblems] = useState<Partial<Record<'from' | 'to', string>>>({});
  const summary = useSeizureSummary(code, range.from, range.to);
  const name = centre?.name ?? code;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wrong = (day: string) => (day && dateProblem(day) ? t('dateInput.dayFormat') : undefined);
    const found = { from: wrong(draft.from), to: wrong(draft.to) ?? (draft.from && draft.to && draft.to < draft.from ? t('sz.filter.order') : undefined) };
    setProblems(found);
    if (!found.from && !found.to) setRange(draft);
  }

  const data = summary.data;
  const lines = data ? linesOf(data) : [];
  const items = SEIZURE_ITEMS.filter((item) => data?.rows.some((r) => r.item === item));
  const pavilionName = (code: string | null) => (code === null ? t('sz.noLocation') : <PlaceName code={code} name={data?.pavilions.find((p) => p.code === code)?.name} />);
  const monthName = new Intl.DateTimeFormat(language === 'es' ? 'es-EC' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthText = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

  return (
    <Page
      title={t('sz.centre.title', { centre: name })}
      intro={t('sz.centre.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('centres.title'), to: '/centres' }, { label: name, to: `/centres/${encodeURIComponent(code)}` }, { label: t('sz.centre.link') }]} />}
    >
      <form className="filter-bar" onSubmit={apply} noValidate aria-label={t('filters.title')}>
        <TextField type="date" label={t('sz.filter.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} error={problems.from} name="from" />
        <TextField type="date" label={t('sz.filter.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} error={problems.to} name="to" />
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('sz.filter.apply')}
          </button>
        </div>
      </form>
      <LoadState query={summary} />
      {data && lines.length === 0 && <p className="empty-state">{t('sz.centre.empty')}</p>}
      {data && lines.length > 0 && (
        <div className="table-wrap">
          <table className="data-table data-table-compact" data-testid="centre-finds">
            <caption>{t('sz.centre.caption', { from: formatDate(data.from), to: formatDate(data.to) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sz.centre.month')}</th>
                <th scope="col">{t('sz.centre.pavilion')}</th>
                {items.map((item) => (
                  <th key={item} scope="col" className="num">
                    {itemWord(t, item)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('sz.centre.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={`${line.month}|${line.pavilion ?? ''}`}>
                  <td className="nowrap">{monthText(line.month)}</td>
                  <th scope="row">{pavilionName(line.pavilion)}</th>
                  {items.map((item) => (
                    <td key={item} className="num">
                      {line.quantities.has(item) ? formatNumber(line.quantities.get(item) ?? 0) : ''}
                    </td>
                  ))}
                  <td className="num">{formatNumber(line.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
