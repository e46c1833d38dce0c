import type { Emergency } from '../../api-roll.ts';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { Occupancy } from '../estate/Occupancy.tsx';
import { pretrialShare, severityOf } from '../estate/roll-figures.ts';
import { withQuery } from '../roll/query.ts';
import { useRoll } from '../roll/queries.ts';
import { useSession } from '../../session.ts';
import { CaseloadAlertsCard } from '../warning/AlertsStartCard.tsx';
import { mayWarning } from '../warning/roles.ts';

/**
 * Every centre of the caseload (the country, for HQ) at once: the national figures, then one row
 * per centre — on the roll, inside, out, unaccounted for, occupancy, pretrial share — with the
 * centres in an emergency marked; the totals last. HQ also sees the open early-warning alerts.
 */
export function NationalFigures({ emergencies }: { emergencies: Emergency[] | undefined }) {
  const { t, tn, formatNumber: n, formatPercent } = useI18n();
  const { user } = useSession();
  const roll = useRoll(undefined, undefined);
  const inEmergency = new Set((emergencies ?? []).map((e) => e.centre));
  // Centres in an emergency, then those with people unaccounted for, first; the others as the roll lists them.
  const urgency = (line: { code: string; unaccounted: number }) => (inEmergency.has(line.code) ? 2 : line.unaccounted > 0 ? 1 : 0);
  const lines = [...(roll.data?.centres ?? [])].sort((a, b) => urgency(b) - urgency(a) || b.unaccounted - a.unaccounted);
  const totals = roll.data?.totals;
  const overCapacity = lines.filter((l) => severityOf(l) !== 'normal').length;
  const share = (line: { on_roll: number; pretrial: number }) => (line.on_roll > 0 ? formatPercent(pretrialShare(line)) : '—');
  return (
    <section className="start-national" aria-labelledby="start-national">
      <h2 id="start-national">{t('start.national.title')}</h2>
      {mayWarning(user, 'notified') && (
        <div className="start-cards">
          <CaseloadAlertsCard />
        </div>
      )}
      <LoadState query={roll} />
      {totals && (
        <Figures
          label={t('start.national.figures')}
          items={[
            { label: t('rollView.col.onRoll'), value: n(totals.on_roll) },
            { label: t('start.national.escaped'), value: n(totals.unaccounted), tone: totals.unaccounted > 0 ? 'danger' : 'normal' },
            { label: t('start.national.activeEmergencies'), value: n(inEmergency.size), tone: inEmergency.size > 0 ? 'danger' : 'normal' },
            { label: t('start.national.overCapacity'), value: n(overCapacity), tone: overCapacity > 0 ? 'warn' : 'normal' },
            { label: t('start.national.pretrialShare'), value: share(totals) },
          ]}
        />
      )}
      {totals && (
        <div className="table-wrap">
          <table className="data-table data-table-compact start-national-table">
            <caption>{tn('start.national.caption', lines.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rollView.col.centre')}</th>
                <th scope="col" className="num">{t('rollView.col.onRoll')}</th>
                <th scope="col" className="num">{t('rollView.col.in')}</th>
                <th scope="col" className="num">{t('rollView.col.out')}</th>
                <th scope="col" className="num">{t('start.national.escaped')}</th>
                <th scope="col" className="num">{t('rollView.col.occupancy')}</th>
                <th scope="col" className="num">{t('start.national.pretrialShare')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.code} className={inEmergency.has(line.code) ? 'start-row-emergency' : undefined} data-centre={line.code}>
                  <th scope="row">
                    <Link to={withQuery('/roll', { centre: line.code })}>{line.name}</Link>
                    {inEmergency.has(line.code) && (
                      <span className="tag start-tag-emergency">
                        <span aria-hidden="true">⚠ </span>
                        {t('start.national.emergency')}
                      </span>
                    )}
                  </th>
                  <td className="num">{n(line.on_roll)}</td>
                  <td className="num">{n(line.in)}</td>
                  <td className="num">{n(line.out)}</td>
                  <td className={line.unaccounted > 0 ? 'num roll-alarm-cell' : 'num'}>
                    {line.unaccounted > 0 ? (
                      <strong className="roll-alarm">
                        <Link to={withQuery('/roll/missing', { centre: line.code })}>{n(line.unaccounted)}</Link>
                      </strong>
                    ) : (
                      n(0)
                    )}
                  </td>
                  <td className="num">
                    <Occupancy line={line} />
                  </td>
                  <td className="num">{share(line)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('start.national.total')}</th>
                <td className="num">{n(totals.on_roll)}</td>
                <td className="num">{n(totals.in)}</td>
                <td className="num">{n(totals.out)}</td>
                <td className="num">{n(totals.unaccounted)}</td>
                <td className="num">
                  <Occupancy line={totals} />
                </td>
                <td className="num">{share(totals)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p>
        <Link to="/roll">{t('start.national.link')}</Link>
      </p>
    </section>
  );
}
