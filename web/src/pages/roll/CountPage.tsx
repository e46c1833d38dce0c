import { useMemo } from 'react';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useCentreTime } from './clock.ts';
import { CloseCount } from './CloseCount.tsx';
import { groupLines } from './count-lines.ts';
import { CountGroup } from './CountGroup.tsx';
import { Discrepancies } from './Discrepancies.tsx';
import { useCount, useTreeOf } from './queries.ts';
import { withQuery } from './query.ts';
import { mayRoll } from './roles.ts';

/** A count sheet: every location with the number expected, the number counted, and what differs. */
export function CountPage({ id }: { id: string }) {
  const { t, formatNumber } = useI18n();
  const { user } = useSession();
  const count = useCount(id);
  const centre = count.data?.session.centre ?? '';
  const tree = useTreeOf(centre);
  const { when: formatWhen } = useCentreTime(centre);
  const groups = useMemo(() => (count.data && tree.data ? groupLines(count.data.lines, tree.data.locations, t) : []), [count.data, tree.data, t]);

  const breadcrumb = (
    <Breadcrumb
      items={[
        { label: t('rollView.title'), to: withQuery('/roll', { centre }) },
        { label: t('counts.title'), to: withQuery('/roll/counts', { centre }) },
        { label: t('count.crumb') },
      ]}
    />
  );
  if (!count.data || !tree.data) {
    return (
      <Page title={t('count.crumb')} breadcrumb={breadcrumb}>
        <LoadState query={count.data ? tree : count} />
      </Page>
    );
  }

  const { session, lines, totals } = count.data;
  const open = session.status === 'open';
  const editable = open && mayRoll(user, 'count.enter');
  const mayReconcile = mayRoll(user, 'count.reconcile');
  return (
    <Page
      title={t('count.title', { centre })}
      intro={`${tree.data.centre.name} · ${t(`countKind.${session.kind}`)} · ${t('count.started', { when: formatWhen(session.startedAt), who: session.startedBy })}`}
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
      <Discrepancies countId={id} lines={lines} editable={open} mayReconcile={mayReconcile} centre={centre} />
      {editable && <p className="field-hint count-help">{t('count.help')}</p>}
      {groups.map((group) => (
        <CountGroup key={group.key || 'other'} countId={id} group={group} editable={editable} mayReconcile={mayReconcile} />
      ))}
      {open && mayRoll(user, 'count.close') && <CloseCount countId={id} totals={totals} />}
    </Page>
  );
}
