import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useCentreOf, useCentreZone } from '../../queries.ts';
import { FindingList } from './FindingList.tsx';
import { useOverrides } from './queries.ts';

/** The moves a director of the centre authorised despite blocking reasons, in the last year, newest first. */
export function OverridesPage({ code }: { code: string }) {
  const { t, formatWhen } = useI18n();
  // The blocking reasons come written in the user's language: asked again when it changes.
  const overrides = useOverrides(code);
  const list = overrides.data;
  const name = useCentreOf(code)?.name ?? code;
  const timeZone = useCentreZone(code);

  return (
    <Page
      title={t('overrides.titleCentre', { centre: code })}
      heading={t('overrides.title')}
      intro={list ? t('overrides.intro', { centre: name }) : undefined}
      breadcrumb={
        <Breadcrumb
          items={[{ label: t('centres.title'), to: '/centres' }, { label: code, to: `/centres/${encodeURIComponent(code)}` }, { label: t('overrides.title') }]}
        />
      }
    >
      <LoadState query={overrides} />
      {list &&
        (list.length === 0 ? (
          <p className="empty-state">{t('overrides.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table data-table-compact" data-testid="overrides">
              <caption>{t('overrides.caption', { count: list.length, centre: code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overrides.col.when')}</th>
                  <th scope="col">{t('overrides.col.person')}</th>
                  <th scope="col">{t('cellMoves.col.move')}</th>
                  <th scope="col">{t('overrides.col.blocking')}</th>
                  <th scope="col">{t('overrides.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={m.id} data-person={m.person}>
                    <th scope="row" className="nowrap">
                      {formatWhen(m.at, timeZone)}
                    </th>
                    <td>
                      <Link to={`/persons/${encodeURIComponent(m.person)}`}>{m.name}</Link>
                      {m.name !== m.person && <span className="code cell-note">{m.person}</span>}
                    </td>
                    <td>
                      <span className="code">{m.from ?? '—'}</span> <span aria-hidden="true">→</span>
                      <span className="visually-hidden"> {t('movements.to')} </span> <span className="code">{m.to}</span>
                      <span className="cell-note">
                        {t(`cellMoveReason.${m.reasonCode}`)}: {m.comment}
                      </span>
                    </td>
                    <td>
                      <FindingList items={m.blocking} tone="danger" />
                    </td>
                    <td>
                      <span className="prewrap">{m.overrideReason}</span>
                      <span className="cell-note">{t('overrides.by', { who: m.authorisedBy ?? '—' })}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </Page>
  );
}
