import { useCallback, useMemo } from 'react';
import { api } from '../../api.ts';
import { rollApi } from '../../api-roll.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useLoad } from '../../useLoad.ts';
import { CloseCount } from './CloseCount.tsx';
import { groupLines } from './count-lines.ts';
import { CountGroup } from './CountGroup.tsx';
import { Discrepancies } from './Discrepancies.tsx';
import { withQuery } from './query.ts';
import { mayRoll } from './roles.ts';

/** A count sheet: every location with the number expected, the number counted, and what differs. */
export function CountPage({ id }: { id: string }) {
  const { t, formatNumber, formatWhen } = useI18n();
  const { user } = useSession();
  const fetchCount = useCallback(
    () => rollApi.count(id).then((count) => api.centreTree(count.session.centre).then((tree) => ({ count, tree }))),
    [id],
  );
  const [load, reload, , refresh] = useLoad(fetchCount, id);
  const groups = useMemo(() => (load.status === 'ready' ? groupLines(load.data.count.lines, load.data.tree.locations, t) : []), [load, t]);

  const centre = load.status === 'ready' ? load.data.count.session.centre : '';
  const breadcrumb = (
    <Breadcrumb
      items={[
        { label: t('rollView.title'), to: withQuery('/roll', { centre }) },
        { label: t('counts.title'), to: withQuery('/roll/counts', { centre }) },
        { label: t('count.crumb') },
      ]}
    />
  );
  if (load.status !== 'ready') {
    return (
      <Page title={t('count.crumb')} breadcrumb={breadcrumb}>
        <LoadState load={load} retry={reload} />
      </Page>
    );
  }

  const { session, lines, totals } = load.data.count;
  const open = session.status === 'open';
  const editable = open && mayRoll(user, 'count.enter');
  const mayReconcile = mayRoll(user, 'count.reconcile');
  return (
    <Page
      title={t('count.title', { centre })}
      intro={`${load.data.tree.centre.name} · ${t(`countKind.${session.kind}`)} · ${t('count.started', { when: formatWhen(session.startedAt), who: session.startedBy })}`}
      breadcrumb={breadcrumb}
      actions={
        <Link to={withQuery('/roll/sheet', { centre })} className="button button-secondary">
          {t('count.printSheet')}
        </Link>
      }
    >
      {session.note && <p className="count-note">{t('count.note', { note: session.note })}</p>}
      {!open && <SuccessNote>{t('count.closedNote', { when: session.closedAt ? formatWhen(session.closedAt) : '—', who: session.closedBy ?? '—' })}</SuccessNote>}
      <Figures
        label={t('count.figures')}
        items={[
          { label: t('count.fig.lines'), value: formatNumber(totals.lines) },
          { label: t('count.fig.expected'), value: formatNumber(totals.expected) },
          { label: t('count.fig.counted'), value: formatNumber(totals.counted) },
          { label: t('count.fig.pending'), value: formatNumber(totals.pending), tone: totals.pending > 0 ? 'warn' : 'normal' },
          {
            label: t('count.fig.discrepancies'),
            value: formatNumber(totals.discrepancies),
            tone: totals.unreconciled > 0 ? 'danger' : 'normal',
            note: t('count.fig.unreconciled', { count: formatNumber(totals.unreconciled) }),
          },
        ]}
      />
      <Discrepancies countId={id} lines={lines} editable={open} mayReconcile={mayReconcile} onChanged={refresh} />
      {editable && <p className="field-hint count-help">{t('count.help')}</p>}
      {groups.map((group) => (
        <CountGroup key={group.key || 'other'} countId={id} group={group} editable={editable} mayReconcile={mayReconcile} onSaved={refresh} />
      ))}
      {open && mayRoll(user, 'count.close') && <CloseCount countId={id} totals={totals} onClosed={refresh} />}
    </Page>
  );
}
