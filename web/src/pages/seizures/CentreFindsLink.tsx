import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { maySeizures } from './roles.ts';

/** From a centre's page to its finds per month and pavilion, for those who may read them. */
export function CentreFindsLink({ code }: { code: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!maySeizures(user, 'read')) return null;
  return (
    <Link to={`/centres/${encodeURIComponent(code)}/finds`} className="button button-secondary">
      {t('sz.centre.link')}
    </Link>
  );
}
