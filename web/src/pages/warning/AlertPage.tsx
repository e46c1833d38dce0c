import { useState, type ReactNode } from 'react';
import type { AlertDetailView } from '../../../../src/modules/warning/schemas.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { groupPath } from '../groups/paths.ts';
import { mayHousing } from '../housing/roles.ts';
import { useCentreTime } from '../roll/clock.ts';
import { AlertActions } from './AlertActions.tsx';
import { useAlert } from './queries.ts';
import { centreBoardPath, riskHistoryPath, SeverityBadge, usePlaceOf } from './words.tsx';

/** Type, severity, score, since, status and who acknowledged or resolved it. */
function AlertFacts({ alert }: { alert: AlertDetailView }) {
  const { t, formatNumber } = useI18n();
  const time = useCentreTime(alert.centre);
  const place = usePlaceOf()(alert);
  const rows: [string, ReactNode][] = [
    [t('warn.page.type'), t(`warn.type.${alert.type}`)],
    [t('warn.page.severity'), <SeverityBadge key="s" severity={alert.severity} large />],
    [t('warn.page.score'), <span key="score" title={t('warn.page.scoreHint')}>{formatNumber(alert.score)}</span>],
    [t('warn.page.status'), alert.status ? t(`warn.status.${alert.status}`) : '—'],
    [t('warn.page.centre'), <Link key="c" to={centreBoardPath(alert.centre)}>{alert.centreName}</Link>],
    [t('warn.page.place'), alert.location ? <Link key="p" to={riskHistoryPath(alert.location)}>{place}</Link> : place],
    [t('warn.page.since'), time.when(alert.since)],
  ];
  if (alert.raisedAt) rows.push([t('warn.page.raisedAt'), time.when(alert.raisedAt)]);
  if (alert.peakSeverity !== alert.severity) rows.push([t('warn.page.peak'), <SeverityBadge key="peak" severity={alert.peakSeverity} />]);
  if (alert.lastEvaluatedAt) rows.push([t('warn.page.lastEvaluated'), time.when(alert.lastEvaluatedAt)]);
  if (alert.acknowledgedAt) {
    rows.push([t('warn.event.acknowledged'), t('warn.page.byOn', { who: alert.acknowledgedBy ?? t('warn.system'), when: time.when(alert.acknowledgedAt) })]);
  }
  if (alert.resolvedAt) {
    rows.push([t('warn.event.resolved'), t('warn.page.byOn', { who: alert.resolvedBy ?? t('warn.page.automatically'), when: time.when(alert.resolvedAt) })]);
  }
  return (
    <dl className="facts alert-facts" aria-label={t('warn.page.facts')} data-testid="alert-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The reasons, and the people and groups they name (links to their files); or that they are withheld. */
function AlertReasons({ alert }: { alert: AlertDetailView }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (alert.withheld) {
    return (
      <section className="panel alert-withheld-panel" aria-labelledby="alert-reasons" data-testid="alert-reasons">
        <h2 id="alert-reasons">{t('warn.alert.reasons')}</h2>
        <p className="alert-withheld" data-testid="alert-withheld">
          {t('warn.alert.withheld')}
        </p>
        <p className="muted">{t('warn.alert.withheldHint')}</p>
      </section>
    );
  }
  const groupsLinked = mayHousing(user, 'group.read');
  return (
    <section className="panel" aria-labelledby="alert-reasons" data-testid="alert-reasons">
      <h2 id="alert-reasons">{t('warn.alert.reasons')}</h2>
      {alert.reasons.length === 0 ? (
        <p className="muted">{t('warn.alert.noReasons')}</p>
      ) : (
        <ul className="alert-reasons">
          {alert.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <div className="alert-named">
        <div>
          <h3>{t('warn.page.people')}</h3>
          {alert.persons.length === 0 ? (
            <p className="muted">{t('warn.page.noPeople')}</p>
          ) : (
            <ul data-testid="alert-people">
              {alert.persons.map((id) => (
                <li key={id}>
                  <Link to={`/persons/${encodeURIComponent(id)}`}>{alert.names[id] ?? id}</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('warn.page.groups')}</h3>
          {alert.groups.length === 0 ? (
            <p className="muted">{t('warn.page.noGroups')}</p>
          ) : (
            <ul data-testid="alert-groups">
              {alert.groups.map((code) => (
                <li key={code}>{groupsLinked ? <Link to={groupPath(code)}>{alert.names[code] ?? code}</Link> : (alert.names[code] ?? code)}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

/** The dated facts behind the alert, oldest first. */
function AlertTimeline({ alert }: { alert: AlertDetailView }) {
  const { t } = useI18n();
  const time = useCentreTime(alert.centre);
  if (alert.withheld) return null;
  return (
    <section aria-labelledby="alert-timeline" data-testid="alert-timeline">
      <h2 id="alert-timeline">{t('warn.page.timeline')}</h2>
      {alert.timeline.length === 0 ? (
        <p className="muted">{t('warn.page.noTimeline')}</p>
      ) : (
        <ol className="alert-timeline">
          {alert.timeline.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <time dateTime={entry.at}>{time.when(entry.at)}</time>
              <span>{entry.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Raised, severity changes, acknowledged by whom with the note, resolved: oldest first. */
export function AlertHistory({ events, centre, caption }: { events: AlertDetailView['events']; centre: string; caption: string }) {
  const { t } = useI18n();
  const time = useCentreTime(centre);
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact alert-history">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('warn.page.col.when')}</th>
            <th scope="col">{t('warn.page.col.what')}</th>
            <th scope="col">{t('warn.page.col.severity')}</th>
            <th scope="col">{t('warn.page.col.who')}</th>
            <th scope="col">{t('warn.page.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event, i) => (
            <tr key={`${event.at}-${event.kind}-${i}`} data-event={event.kind}>
              <td>{time.when(event.at)}</td>
              <td>{t(`warn.event.${event.kind}`)}</td>
              <td>
                <SeverityBadge severity={event.severity} />
              </td>
              <td>{event.by ?? t('warn.system')}</td>
              <td className="alert-history-note">{event.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * An alert: what, where, how severe and since when; its reasons, people and groups (withheld
 * from those without intelligence access, who still see the alert and its severity); the facts
 * behind it; its history; and acknowledge and resolve for those allowed.
 */
export function AlertPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useAlert(id);
  const placeOf = usePlaceOf();
  const [note, setNote] = useState<MessageKey | null>(null);
  const alert = query.data;
  const crumbs = (
    <Breadcrumb
      items={[
        { label: t('warn.board.title'), to: '/alerts' },
        ...(alert ? [{ label: alert.centreName, to: centreBoardPath(alert.centre) }] : []),
        { label: t('warn.page.title') },
      ]}
    />
  );
  if (!alert) {
    return (
      <Page title={t('warn.page.title')} breadcrumb={crumbs}>
        <LoadState query={query} />
      </Page>
    );
  }
  const heading = t('warn.page.heading', { type: t(`warn.type.${alert.type}`), place: placeOf(alert) });
  return (
    <Page title={heading} intro={t(`warn.typeHelp.${alert.type}`)} breadcrumb={crumbs}>
      <div aria-live="polite">{note && <SuccessNote>{t(note)}</SuccessNote>}</div>
      <AlertFacts alert={alert} />
      <AlertActions alert={alert} onDone={setNote} />
      <AlertReasons alert={alert} />
      <AlertTimeline alert={alert} />
      <section aria-labelledby="alert-history">
        <h2 id="alert-history">{t('warn.page.history')}</h2>
        <AlertHistory events={alert.events} centre={alert.centre} caption={t('warn.page.historyCaption')} />
      </section>
    </Page>
  );
}
