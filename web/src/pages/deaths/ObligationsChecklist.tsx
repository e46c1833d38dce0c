import { useId, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { DEATH_OBLIGATIONS, type DeathEntry, type DeathObligation } from './api.ts';
import { hoursAfterDeath } from './notice-text.ts';
import { ObligationForm } from './ObligationForm.tsx';

/** The 24-hour notice an obligation belongs to (none for the others). */
function noticeOf(entry: DeathEntry, obligation: DeathObligation): DeathEntry['alerts']['nextOfKin'] | null {
  if (obligation === 'next_of_kin_informed') return entry.alerts.nextOfKin;
  if (obligation === 'judge_informed' || obligation === 'ombudsman_informed') return entry.alerts.authority;
  return null;
}

/**
 * The Mandela rules 71–72 checklist of a death: each obligation done (when, by whom, reference)
 * or pending, the overdue ones marked in words and colour, a notice made after its 24 hours marked
 * late (how many hours after the death, and the deadline); those who keep the register tick them.
 */
export function ObligationsChecklist({ entry, canWrite, timeZone }: { entry: DeathEntry; canWrite: boolean; timeZone: string }) {
  const { t, formatWhen, formatNumber } = useI18n();
  const id = useId();
  const [open, setOpen] = useState<DeathObligation | null>(null);
  const byObligation = new Map(entry.obligations.map((o) => [o.obligation, o.done]));

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('death.checklist.title')}</h2>
      <p>{t('death.checklist.intro')}</p>
      <ul className="death-checklist">
        {DEATH_OBLIGATIONS.map((obligation) => {
          const done = byObligation.get(obligation) ?? null;
          const notice = noticeOf(entry, obligation);
          const overdue = !done && notice?.state === 'overdue';
          // The authority is late only when neither the judge nor the ombudsman was told in time: then each one told was late.
          const late = done !== null && notice?.state === 'late';
          const state = late ? 'late' : done ? 'done' : overdue ? 'overdue' : 'pending';
          return (
            <li key={obligation} className={`death-obligation death-obligation-${state}`} data-testid={`obligation-${obligation}`}>
              <h3>
                <span aria-hidden="true">{done ? '☑ ' : '☐ '}</span>
                {t(`death.obligation.${obligation}`)}
              </h3>
              {done ? (
                <>
                  <p>{t('death.checklist.done', { when: formatWhen(done.doneAt, timeZone), by: done.doneBy })}</p>
                  {late && notice && (
                    <p className="death-notice-late">
                      <span aria-hidden="true">⚠ </span>
                      {t('death.checklist.late', { hours: formatNumber(hoursAfterDeath(entry.at, done.doneAt)), when: formatWhen(notice.dueAt, timeZone) })}
                    </p>
                  )}
                  {done.reference && <p>{t('death.checklist.reference', { reference: done.reference })}</p>}
                  {done.note && <p className="muted">{done.note}</p>}
                  <p className="muted">{t('death.checklist.recordedBy', { by: done.recordedBy })}</p>
                </>
              ) : (
                <p className={overdue ? 'death-notice-overdue' : 'muted'}>{overdue ? t('death.checklist.overdue') : t('death.checklist.pending')}</p>
              )}
              {canWrite &&
                (open === obligation ? (
                  <ObligationForm person={entry.person.id} obligation={obligation} done={done} timeZone={timeZone} onClose={() => setOpen(null)} />
                ) : (
                  <button type="button" className="button button-secondary button-small" onClick={() => setOpen(obligation)} aria-label={`${done ? t('death.checklist.edit') : t('death.checklist.tick')}: ${t(`death.obligation.${obligation}`)}`}>
                    {done ? t('death.checklist.edit') : t('death.checklist.tick')}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
