import { useEffect, useId } from 'react';
import { Emblem } from '../../components/Emblem.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { statsApi, SUPPRESSED, WITHHELD, type OpenDataQuery, type OpenDataTableView } from '../../api-stats.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link, navigate } from '../../router.tsx';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { fieldField, fieldLabel, shortLabel } from './open-data-fields.ts';
import { openValue, useStatsFormat } from './format.ts';
import { useOpenData, useOpenDataTable } from './queries.ts';
import './stats.css';

/** The figures of the centres table shown on the page (the files have every column). */
const CENTRE_COLUMNS = ['average_population', 'on_roll_end', 'occupancy_per_100_places', 'pretrial_share_end', 'deaths_total', 'escapes', 'admissions'];
/** Columns naming the row rather than counting. */
const NAME_COLUMNS = ['establishment', 'centre_code'];
const PERIOD_COLUMNS = ['from', 'to', 'period_from', 'period_to', 'year', 'month', 'period'];

const FORMAT_NAMES = { csv: 'CSV', json: 'JSON', md: 'Markdown' } as const;

/** The groups of national figures: population and flows with deaths, then incidents, then seizures. */
const GROUPS = [
  { key: 'stats.open.groupMain', test: (c: string) => !c.startsWith('incidents_') && !c.startsWith('seizures_') },
  { key: 'stats.open.groupIncidents', test: (c: string) => c.startsWith('incidents_') },
  { key: 'stats.open.groupSeizures', test: (c: string) => c.startsWith('seizures_') },
] as const;

/** The national figures of the period, one line each, as published (small counts "<5"), in three tables. */
function NationalFigures({ table, dictionary }: { table: OpenDataTableView; dictionary: Parameters<typeof fieldLabel>[2] }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const row = table.rows[0];
  if (!row) return <p className="empty-state">{t('stats.none')}</p>;
  const columns = table.columns.filter((c) => !PERIOD_COLUMNS.includes(c) && !NAME_COLUMNS.includes(c));
  return (
    <div className="open-data-groups">
      {GROUPS.map((group) => (
        <div className="table-wrap" key={group.key}>
          <table className="data-table data-table-compact stats-table open-data-figures">
            <caption>{t(group.key)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.col.figure')}</th>
                <th scope="col" className="num">{t('stats.col.value')}</th>
              </tr>
            </thead>
            <tbody>
              {columns.filter(group.test).map((column) => (
                <tr key={column}>
                  <th scope="row">{group.key === 'stats.open.groupMain' ? fieldLabel(column, t, dictionary, language) : shortLabel(column, t)}</th>
                  <td className="num">{openValue(row[column], fieldField(dictionary, column)?.type ?? 'integer', f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

/** A few figures of every centre, as published. */
function CentreFigures({ table, dictionary }: { table: OpenDataTableView; dictionary: Parameters<typeof fieldLabel>[2] }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const nameColumn = NAME_COLUMNS.find((c) => table.columns.includes(c));
  const columns = CENTRE_COLUMNS.filter((c) => table.columns.includes(c));
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact stats-table">
        <caption>{t('stats.open.centresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.col.centre')}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num">
                {fieldLabel(c, t, dictionary, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={nameColumn ? String(row[nameColumn]) : i}>
              <th scope="row">{nameColumn ? String(row[nameColumn] ?? '') : ''}</th>
              {columns.map((c) => (
                <td key={c} className="num">
                  {openValue(row[c], fieldField(dictionary, c)?.type ?? 'integer', f)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * `/datos`, public (no login): what the prison service publishes and how to check it — the
 * national figures of a year with small counts written "<5", each file to download (CSV and
 * JSON), and the data dictionary (fields, definitions, denominators, the standards followed).
 * Aggregates only: no name, no identifier.
 */
export default function OpenDataPage() {
  const { t, language, formatDate, formatNumber } = useI18n();
  const yearId = useId();
  const askedYear = Number(useSearchParam('year'));
  const query: OpenDataQuery = Number.isInteger(askedYear) && askedYear >= 1900 && askedYear <= 2199 ? { year: askedYear } : {};
  const index = useOpenData(query);
  const national = useOpenDataTable('national_annual', query);
  const centres = useOpenDataTable('centres_annual', query);
  const data = index.data;
  const dictionary = data?.dictionary;

  useEffect(() => {
    document.title = `${t('stats.open.title')} · ${t('app.name')}`;
  }, [t]);

  const firstYear = Number((data?.available.from ?? data?.from ?? '').slice(0, 4));
  const lastYear = Number((data?.available.to ?? '').slice(0, 4));
  const years = firstYear && lastYear ? Array.from({ length: lastYear - firstYear + 1 }, (_, i) => lastYear - i) : [];
  const shownYear = data ? Number(data.from.slice(0, 4)) : undefined;

  return (
    <div className="login-screen open-data-screen">
      <header className="login-header">
        <Link to="/datos" className="brand">
          <Emblem />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('stats.open.tagline')}</span>
          </span>
        </Link>
        <div className="open-data-header-tools">
          <LanguageSwitch tone="dark" />
          <Link to="/login" className="open-data-login">
            {t('stats.open.login')}
          </Link>
        </div>
      </header>
      <main className="open-data-main" id="main">
        <h1>{t('stats.open.title')}</h1>
        <p className="page-intro">{t('stats.open.intro')}</p>
        <ul className="open-data-promises">
          <li>{t('stats.open.aggregates')}</li>
          <li>{t('stats.open.suppressed', { mark: SUPPRESSED })}</li>
          <li>{t('stats.open.withheld', { mark: WITHHELD })}</li>
        </ul>
        <LoadState query={index} />
        {data && (
          <>
            <div className="list-filters" role="group" aria-label={t('stats.filters')}>
              <label htmlFor={yearId}>
                {t('stats.filter.year')}
                <select
                  id={yearId}
                  value={shownYear ? String(shownYear) : ''}
                  onChange={(event) => navigate(withQuery('/datos', { year: event.target.value }), { replace: true })}
                >
                  {shownYear && !years.includes(shownYear) && <option value={String(shownYear)}>{shownYear}</option>}
                  {years.map((year) => (
                    <option key={year} value={String(year)}>
                      {year}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <p className="muted">{t('stats.period.between', { from: formatDate(data.from), to: formatDate(data.to) })}</p>

            <section className="panel" aria-labelledby="open-national">
              <h2 id="open-national">{t('stats.open.national')}</h2>
              <LoadState query={national} />
              {national.data && <NationalFigures table={national.data} dictionary={dictionary} />}
            </section>

            <section className="panel" aria-labelledby="open-files">
              <h2 id="open-files">{t('stats.open.files')}</h2>
              <p>{t('stats.open.filesIntro')}</p>
              <div className="table-wrap">
                <table className="data-table data-table-compact">
                  <caption className="visually-hidden">{t('stats.open.files')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('stats.col.file')}</th>
                      <th scope="col">{t('stats.col.format')}</th>
                      <th scope="col" className="num">{t('stats.col.rows')}</th>
                      <th scope="col">{t('stats.col.download')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.files.map((file) => (
                      <tr key={file.name}>
                        <th scope="row">{file.title[language]}</th>
                        <td>{FORMAT_NAMES[file.format]}</td>
                        <td className="num">{formatNumber(file.rows)}</td>
                        <td>
                          <a href={statsApi.openDataUrl(file.name, query)} download={file.name}>
                            {file.name}
                          </a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>

            <section className="panel" aria-labelledby="open-centres">
              <h2 id="open-centres">{t('stats.open.centres')}</h2>
              <LoadState query={centres} />
              {centres.data && <CentreFigures table={centres.data} dictionary={dictionary} />}
            </section>

            <section className="panel" aria-labelledby="open-dictionary">
              <h2 id="open-dictionary">{t('stats.open.dictionary')}</h2>
              <ul>
                {data.dictionary.rules.map((rule) => (
                  <li key={rule.es}>{rule[language]}</li>
                ))}
              </ul>
              <div className="table-wrap">
                <table className="data-table data-table-compact open-data-dictionary">
                  <caption>{data.dictionary.title[language]}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('stats.col.field')}</th>
                      <th scope="col">{t('stats.col.type')}</th>
                      <th scope="col">{t('stats.col.definition')}</th>
                      <th scope="col">{t('stats.col.suppressed')}</th>
                      <th scope="col">{t('stats.col.source')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.dictionary.fields.map((field) => (
                      <tr key={field.name}>
                        <th scope="row">
                          <code className="open-data-field">{field.name}</code>
                        </th>
                        <td>{t(typeKey(field.type))}</td>
                        <td>{field[language]}</td>
                        <td>{field.suppressed ? t('stats.open.yes', { mark: SUPPRESSED }) : t('stats.open.no')}</td>
                        <td>{field.source ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </main>
    </div>
  );
}

const TYPES = ['integer', 'decimal', 'ratio', 'rate', 'text', 'date', 'month'] as const;

/** The words of a dictionary type ("entero", "razón"…); an unknown one as text. */
function typeKey(type: string) {
  const known = (TYPES as readonly string[]).includes(type) ? (type as (typeof TYPES)[number]) : 'text';
  return `stats.type.${known}` as const;
}
