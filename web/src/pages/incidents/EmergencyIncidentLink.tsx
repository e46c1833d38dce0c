import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { withQuery } from '../roll/query.ts';
import { incidentLink } from './IncidentTable.tsx';
import { useIncidentList } from './queries.ts';
import { mayIncident } from './roles.ts';

/**
 * On an emergency's page: its incident report («Ver parte»; the list when there are several), or
 * «Abrir parte de incidente» for those who report when none is linked yet.
 */
export function EmergencyIncidentLink({ emergency, centre }: { emergency: string; centre: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const mayRead = mayIncident(user, 'read');
  const linked = useIncidentList({ emergency, limit: 2 }, mayRead);
  const page = linked.data;
  if (!mayRead || !page) return null;
  const first = page.items[0];
  if (page.total === 1 && first) {
    return (
      <Link to={incidentLink(first.id)} className="button button-secondary">
        {t('inc.emergency.view')}
      </Link>
    );
  }
  if (page.total > 1) {
    return (
      <Link to={withQuery('/incidents', { emergency })} className="button button-secondary">
        {t('inc.emergency.viewAll', { count: page.total })}
      </Link>
    );
  }
  if (!mayIncident(user, 'report')) return null;
  return (
    <Link to={withQuery('/incidents/new', { emergency, centre })} className="button button-primary">
      {t('inc.emergency.open')}
    </Link>
  );
}
