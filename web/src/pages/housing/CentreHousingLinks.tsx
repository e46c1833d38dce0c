import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { mayHousing } from './roles.ts';

/** From a centre's page to its power map and its list of overrides, for those who may see them. */
export function CentreHousingLinks({ code }: { code: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const base = `/centres/${encodeURIComponent(code)}`;
  const links = [
    ...(mayHousing(user, 'power_map.read') ? [{ to: `${base}/power-map`, label: t('powerMap.title') }] : []),
    ...(mayHousing(user, 'placement.overrides.read') ? [{ to: `${base}/overrides`, label: t('overrides.title') }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <ul className="link-row" aria-label={t('centreHousing.label', { centre: code })}>
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to} className="button button-secondary">
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
