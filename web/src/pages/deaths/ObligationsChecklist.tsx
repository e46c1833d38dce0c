import { useId, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { DEATH_OBLIGATIONS, type DeathEntry, type DeathObligation } from './api.ts';
import { ObligationForm } from './ObligationForm.tsx';

/** Whether an obligation not yet done is one of the 24-hour notices now overdue. */
function isOverdue(entry: DeathEntry, obligation: DeathObligation): boolean {
  if (obligation === 'next_of_kin_informed') return entry.alerts.nextOfKin.state === 'overdue';
  if (obligation === 'judge_informed' || obligation === 'ombudsman_informed') return entry.alerts.authority.state === 'overdue';
  return false;
}

/**
 * The Mandela rules 71–72 checklist of a death: each obligation done (when, by whom, reference)
 * or pending, the overdue ones marked in words and colour; those who keep the register tick them.
 */
export function ObligationsChecklist({ entry, canWrite, timeZone }: { entry: DeathEntry; canWrite: boolean; timeZone: string }) {
  const { t, formatWhen } = useI18n();
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
          const overdue = !done && isOverdue(entry, obligation);
          const state = done ? 'done' : overdue ? 'overdue' : 'pending';
          return (
            <li key={obligation} className={`death-obligation death-obligation-${state}`} data-testid={`obligation-${obligation}`}>
              <h3>
                <span aria-hidden="true">{done ? '☑ ' : '☐ '}</span>
                {t(`death.obligation.${obligation}`)}
              </h3>
              {done ? (
                <>
                  <p>{t('death.checklist.done', { when: formatWhen(done.doneAt, timeZone), by: done.doneBy })}</p>
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
