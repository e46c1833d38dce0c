import type { ListedPerson } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';

const TONE = {
  unverified: 'badge-warn',
  verified: 'badge-ok',
  injured: 'badge-warn',
  hostage: 'badge-danger',
  dead: 'badge-dead',
  escaped: 'badge-danger',
} as const;

/** What was recorded of a person on the frozen list, in words; an escaped person back in custody says so. */
export function VerificationBadge({ person }: { person: Pick<ListedPerson, 'status' | 'recaptured'> }) {
  const { t } = useI18n();
  if (person.status === 'escaped' && person.recaptured) return <span className="badge badge-ok">{t('verification.recaptured')}</span>;
  return <span className={`badge ${TONE[person.status]}`}>{t(`verification.${person.status}`)}</span>;
}
