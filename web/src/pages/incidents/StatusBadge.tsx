import type { IncidentStatus } from '../../../../src/modules/incidents/schemas.ts';
import { useI18n } from '../../i18n/index.ts';

const TONE: Record<IncidentStatus, string> = {
  draft: 'badge-off',
  submitted: 'badge-info',
  returned: 'badge-warn',
  closed: 'badge-ok',
  duplicate: 'badge-off',
  not_reportable: 'badge-off',
};

/** A report's status in words, coloured by what it asks of people (to review, to correct, done). */
export function StatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${TONE[status]}`} data-status={status}>
      {t(`inc.status.${status}`)}
    </span>
  );
}
