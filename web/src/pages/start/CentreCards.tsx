import type { Emergency } from '../../api-roll.ts';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentreTime } from '../roll/clock.ts';
import { withQuery } from '../roll/query.ts';
import { useCounts, useRoll } from '../roll/queries.ts';
import { useCountDue } from './queries.ts';
import { StartCard } from './StartCard.tsx';

/** The roll of the centre now: who is on it, inside, out, unaccounted for. */
function RollCard({ centre }: { centre: string }) {
  const { t, formatNumber: n } = useI18n();
  const roll = useRoll(centre, undefined);
  const line = roll.data?.centres[0];
  return (
    <StartCard id={`start-roll-${centre}`} title={t('start.roll.title')} tone={line && line.unaccounted > 0 ? 'danger' : 'normal'} link={{ to: withQuery('/roll', { centre }), label: t('start.roll.link') }}>
      <LoadState query={roll} />
      {line && (
        <Figures
          label={t('start.roll.title')}
          items={[
            { label: t('rollView.col.onRoll'), value: n(line.on_roll) },
            { label: t('rollView.col.in'), value: n(line.in) },
            { label: t('rollView.col.out'), value: n(line.out) },
            { label: t('start.national.escaped'), value: n(line.unaccounted), tone: line.unaccounted > 0 ? 'danger' : 'normal' },
          ]}
        />
      )}
    </StartCard>
  );
}

/** Who is out of the centre now, and why. */
function OutCard({ centre }: { centre: string }) {
  const { t, formatNumber: n } = useI18n();
  const line = useRoll(centre, undefined).data?.centres[0];
  if (!line) return null;
  const other = Math.max(0, line.out - line.out_court - line.out_hospital);
  return (
    <StartCard id={`start-out-${centre}`} title={t('start.out.title')} link={{ to: withQuery('/roll', { centre }), label: t('start.roll.link') }}>
      <Figures
        label={t('start.out.title')}
        items={[
          { label: t('start.out.court'), value: n(line.out_court) },
          { label: t('start.out.hospital'), value: n(line.out_hospital) },
          { label: t('start.out.other'), value: n(other) },
          { label: t('start.out.enRoute'), value: n(line.en_route) },
        ]}
      />
    </StartCard>
  );
}

/** The count under way (with what is left to count), else when the last one was closed. */
function CountsCard({ centre }: { centre: string }) {
  const { t, formatNumber: n } = useI18n();
  const time = useCentreTime(centre);
  const counts = useCounts(centre);
  const schedule = useCountDue(centre);
  const open = counts.data?.find((c) => c.status === 'open');
  const lastClosed = counts.data?.find((c) => c.status === 'closed');
  const due = schedule.data?.due;
  const pending = !open && due !== undefined && !due.started;
  const link = open
    ? { to: `/roll/counts/${encodeURIComponent(open.id)}`, label: t('start.counts.continue') }
    : { to: withQuery('/roll/counts', { centre }), label: t(pending ? 'start.counts.start' : 'start.counts.link') };
  return (
    <StartCard id={`start-counts-${centre}`} title={t('start.counts.title')} tone={pending || (open && open.totals.unreconciled > 0) ? 'warn' : 'normal'} link={link}>
      <LoadState query={counts} />
      {due && schedule.data && (
        <p className={pending ? 'start-count-due' : undefined} data-testid="count-due">
          {pending ? t('start.counts.due', { time: due.time }) : t('start.counts.dueStarted', { time: due.time, next: schedule.data.next.time })}
        </p>
      )}
      {open && (
        <>
          <p>{t('start.counts.open', { when: time.when(open.startedAt) })}</p>
          <Figures
            label={t('start.counts.title')}
            items={[
              { label: t('start.counts.pending'), value: n(open.totals.pending) },
              { label: t('start.counts.discrepancies'), value: n(open.totals.unreconciled), tone: open.totals.unreconciled > 0 ? 'warn' : 'normal' },
            ]}
          />
        </>
      )}
      {counts.data && !open && <p>{t('start.counts.none')}</p>}
      {counts.data && !open && (
        <p className="muted">{lastClosed?.closedAt ? t('start.counts.last', { when: time.when(lastClosed.closedAt) }) : t('start.counts.never')}</p>
      )}
    </StartCard>
  );
}

/** Whether the centre is in an emergency (the notice itself is at the top of the page). */
function EmergencyCard({ centre, active }: { centre: string; active: Emergency | undefined }) {
  const { t } = useI18n();
  const time = useCentreTime(centre);
  return (
    <StartCard
      id={`start-emergency-${centre}`}
      title={t('start.emergencyCard.title')}
      tone={active ? 'danger' : 'normal'}
      link={{ to: withQuery('/roll/emergency', { centre }), label: t('start.emergencyCard.link') }}
    >
      <p>{active ? t('start.emergencyCard.active', { when: time.when(active.declaredAt) }) : t('start.emergencyCard.none')}</p>
    </StartCard>
  );
}

/** What every officer of a centre sees first: the roll now, counts, people out, the emergency. */
export function CentreCards({ centre, emergencies }: { centre: string; emergencies: Emergency[] | undefined }) {
  return (
    <div className="start-cards">
      <RollCard centre={centre} />
      <CountsCard centre={centre} />
      <OutCard centre={centre} />
      {emergencies && <EmergencyCard centre={centre} active={emergencies.find((e) => e.centre === centre)} />}
    </div>
  );
}
