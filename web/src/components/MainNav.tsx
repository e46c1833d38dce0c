import { useId } from 'react';
import { useI18n, type MessageKey } from '../i18n/index.ts';
import { Link, usePath } from '../router.tsx';
import { hasRole, useSession } from '../session.ts';

interface NavEntry {
  label: MessageKey;
  /** Absent: the module is not built yet. */
  to?: string;
  /** Paths of the module's other pages (a centre's page belongs to the centres). */
  within?: string[];
}

const MODULES: NavEntry[] = [
  { label: 'nav.home', to: '/' },
  { label: 'nav.centres', to: '/centres', within: ['/centres/', '/locations/'] },
  { label: 'nav.people', to: '/persons', within: ['/persons/', '/admissions/'] },
  { label: 'nav.housing' },
  { label: 'nav.movements', to: '/roll', within: ['/roll/'] },
  { label: 'nav.incidents' },
  { label: 'nav.intelligence' },
  { label: 'nav.alerts' },
  { label: 'nav.statistics' },
];

const ADMINISTRATION: NavEntry[] = [
  { label: 'nav.users', to: '/admin/users' },
  { label: 'nav.audit', to: '/admin/audit' },
];

function NavItem({ entry, path }: { entry: NavEntry; path: string }) {
  const { t } = useI18n();
  if (!entry.to) {
    return (
      <li>
        <span className="nav-item nav-item-soon" aria-disabled="true">
          <span>{t(entry.label)}</span>
          <span className="soon-badge">{t('nav.comingSoon')}</span>
        </span>
      </li>
    );
  }
  const current = path === entry.to ? 'page' : entry.within?.some((prefix) => path.startsWith(prefix)) ? 'true' : undefined;
  return (
    <li>
      <Link to={entry.to} className="nav-item" aria-current={current}>
        {t(entry.label)}
      </Link>
    </li>
  );
}

function NavGroup({ title, entries, path }: { title: MessageKey; entries: NavEntry[]; path: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="nav-group">
      <p className="nav-heading" id={id}>
        {t(title)}
      </p>
      <ul aria-labelledby={id}>
        {entries.map((entry) => (
          <NavItem key={entry.label} entry={entry} path={path} />
        ))}
      </ul>
    </div>
  );
}

/** The modules; those not built yet are shown as coming, without links. */
export function MainNav() {
  const { t } = useI18n();
  const { user } = useSession();
  const path = usePath();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <NavGroup title="nav.modules" entries={MODULES} path={path} />
      {hasRole(user, 'admin') && <NavGroup title="nav.admin" entries={ADMINISTRATION} path={path} />}
    </nav>
  );
}
