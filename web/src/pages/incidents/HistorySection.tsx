import type { HistoryEntry, IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { hasMessage, useI18n, type Translate } from '../../i18n/index.ts';
import { useCentreClocks } from '../roll/clock.ts';

/** An entry's action in words; an action this screen does not know is «Cambio». */
function actionText(entry: HistoryEntry, t: Translate): string {
  const key = `inc.history.action.${entry.action}`;
  return t(hasMessage(key) ? key : 'inc.history.action.other');
}

/** The first report's fields a correction changed, in words (people and lists say themselves in the action). */
function changedFields(entry: HistoryEntry, t: Translate): string | null {
  if (entry.action !== 'corrected' || !entry.changes) return null;
  const names = Object.keys(entry.changes).map((field) => {
    const key = `inc.history.field.${field}`;
    return hasMessage(key) ? t(key) : null;
  });
  const known = names.filter((n): n is string => n !== null);
  return known.length > 0 ? t('inc.history.fields', { fields: known.join(', ') }) : null;
}

const word = (t: Translate, prefix: string, value: unknown) => {
  const key = `${prefix}${String(value)}`;
  return hasMessage(key) ? t(key) : null;
};

/**
 * Who a change of the people or staff was about, in words: "INC-000001: Autor, Grave" (a person
 * is named by register number; a member of staff by name).
 */
function involved(entry: HistoryEntry, t: Translate): string | null {
  if (!entry.changes || !/^(person|staff)_/.test(entry.action)) return null;
  const staff = entry.action.startsWith('staff_');
  const parts = Object.entries(entry.changes).map(([key, change]) => {
    const fields = (change.new ?? change.old ?? {}) as Record<string, unknown>;
    const who = staff ? (typeof fields.name === 'string' ? fields.name : '') : key;
    const role = word(t, staff ? 'inc.staffRole.' : 'inc.role.', fields.role);
    const injury = word(t, 'inc.injury.', fields.injury);
    return [who, [role, injury].filter(Boolean).join(', ')].filter(Boolean).join(': ');
  });
  return parts.join(' · ') || null;
}

/** Every change of the report, oldest first: transitions with their status and comment, and edits. */
export function HistorySection({ report }: { report: IncidentDetail }) {
  const { t } = useI18n();
  const clock = useCentreClocks()(report.centre);
  return (
    <section className="panel" aria-labelledby="incident-history" data-testid="incident-history">
      <h2 id="incident-history">{t('inc.history.title')}</h2>
      <ol className="timeline">
        {report.history.map((h) => (
          <li key={h.id} className="timeline-item" data-action={h.action}>
            <time dateTime={h.at} className="timeline-when">
              {clock.when(h.at)}
            </time>
            <div className="timeline-body">
              <strong>{actionText(h, t)}</strong>
              {h.fromStatus && h.toStatus && (
                <span className="cell-note">{t('inc.history.status', { from: t(`inc.status.${h.fromStatus}`), to: t(`inc.status.${h.toStatus}`) })}</span>
              )}
              {changedFields(h, t) && <span className="cell-note">{changedFields(h, t)}</span>}
              {involved(h, t) && <span className="cell-note">{involved(h, t)}</span>}
              {h.comment && <q className="timeline-reason">{h.comment}</q>}
              <span className="cell-note">{h.byName}</span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
