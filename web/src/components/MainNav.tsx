import { useId } from 'react';
import type { User } from '../api.ts';
import { useI18n, type MessageKey } from '../i18n/index.ts';
import { mayHousing, type HousingAction } from '../pages/housing/roles.ts';
import { mayDeaths } from '../pages/deaths/roles.ts';
import { maySeizures } from '../pages/seizures/roles.ts';
import { mayReadStats } from '../pages/stats/roles.ts';
import { mayIncident } from '../pages/incidents/roles.ts';
import { mayWarning } from '../pages/warning/roles.ts';
import { Link, usePath } from '../router.tsx';
import { hasRole, useSession } from '../session.ts';

interface NavEntry {
  label: MessageKey;
  /** Absent: the module is not built yet. */
  to?: string;
  /** Paths of the module's other pages (a centre's page belongs to the centres). */
  within?: string[];
  /** Shown only to those allowed this. */
  requires?: HousingAction;
  /** Shown only to users this says yes for (a module's own rule). */
  shownTo?: (user: User) => boolean;
}

const MODULES: NavEntry[] = [
  { label: 'nav.home', to: '/' },
  { label: 'nav.centres', to: '/centres', within: ['/centres/', '/locations/'] },
  { label: 'nav.people', to: '/persons', within: ['/persons/', '/admissions/'] },
  { label: 'nav.groups', to: '/groups', within: ['/groups/'], requires: 'group.read' },
  { label: 'nav.groupGraph', to: '/groups/graph', requires: 'group.read' },
  { label: 'nav.housing', to: '/housing' },
  { label: 'nav.movements', to: '/roll', within: ['/roll/'] },
  { label: 'nav.incidents', to: '/incidents', within: ['/incidents/'], shownTo: (user) => mayIncident(user, 'read') },
  { label: 'death.nav', to: '/deaths', within: ['/deaths/'], shownTo: (user) => mayDeaths(user, 'read') },
  { label: 'sz.nav', to: '/searches', within: ['/searches/'], shownTo: (user) => maySeizures(user, 'read') },
  { label: 'nav.intelligence' },
  { label: 'nav.alerts', to: '/alerts', within: ['/alerts/'], shownTo: (user) => mayWarning(user, 'read') },
  { label: 'nav.statistics', to: '/stats', within: ['/stats/'], shownTo: mayReadStats },
];

const ADMINISTRATION: NavEntry[] = [
  { label: 'nav.users', to: '/admin/users' },
  { label: 'nav.audit', to: '/admin/audit' },
];
// Oversight verifies the audit chain (the audit page shows it the check, not the entries).
const OVERSIGHT: NavEntry[] = [{ label: 'nav.audit', to: '/admin/audit' }];

function NavItem({ entry, path, exact }: { entry: NavEntry; path: string; exact: boolean }) {
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
  // A page with its own entry (the graph) is not also "within" another (the groups).
  const current = path === entry.to ? 'page' : !exact && entry.within?.some((prefix) => path.startsWith(prefix)) ? 'true' : undefined;
  return (
    <li>
      <Link to={entry.to} className="nav-item" aria-current={current}>
        {t(entry.label)}
      </Link>
    </li>
  );
}

function NavGroup({ title, entries, path, user }: { title: MessageKey; entries: NavEntry[]; path: string; user: User }) {
  const { t } = useI18n();
  const id = useId();
  const shown = entries.filter((entry) => (!entry.requires || mayHousing(user, entry.requires)) && (!entry.shownTo || entry.shownTo(user)));
  const exact = shown.some((entry) => entry.to === path);
  return (
    <div className="nav-group">
      <p className="nav-heading" id={id}>
        {t(title)}
      </p>
      <ul aria-labelledby={id}>
        {shown.map((entry) => (
          <NavItem key={entry.label} entry={entry} path={path} exact={exact} />
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
    <nav className="main-nav" id="main-nav" aria-label={t('nav.label')}>
      <NavGroup title="nav.modules" entries={MODULES} path={path} user={user} />
      {hasRole(user, 'admin') && <NavGroup title="nav.admin" entries={ADMINISTRATION} path={path} user={user} />}
      {!hasRole(user, 'admin') && hasRole(user, 'oversight') && <NavGroup title="nav.admin" entries={OVERSIGHT} path={path} user={user} />}
    </nav>
  );
}
