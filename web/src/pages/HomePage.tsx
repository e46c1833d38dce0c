import { Page } from '../components/Page.tsx';
import { caseloadText, roleKey } from '../components/roles.ts';
import { useI18n, type MessageKey } from '../i18n/index.ts';
import { Link } from '../router.tsx';
import { hasRole, useSession } from '../session.ts';
import { may } from './people/roles.ts';

/** A welcome and, honestly, what the user's roles let them do today. */
export function HomePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const admin = hasRole(user, 'admin');

  const available: { text: string; to: string; link: MessageKey }[] = [
    { text: t('home.can.centres', { caseload: caseloadText(user.caseload, t) }), to: '/centres', link: 'nav.centres' },
    { text: t('home.can.people'), to: '/persons', link: 'nav.people' },
  ];
  if (may(user, 'admit')) available.push({ text: t('home.can.admit'), to: '/admissions/new', link: 'persons.admit' });
  if (may(user, 'release') || may(user, 'transfer') || may(user, 'internal_move')) {
    available.push({ text: t('home.can.movements'), to: '/persons', link: 'home.movementsLink' });
  }
  if (admin) available.push({ text: t('home.can.estate'), to: '/centres', link: 'home.estateLink' });
  if (admin) {
    available.push({ text: t('home.can.users'), to: '/admin/users', link: 'nav.users' });
    available.push({ text: t('home.can.audit'), to: '/admin/audit', link: 'nav.audit' });
  }
  available.push({ text: t('home.can.password'), to: '/account/password', link: 'header.changePassword' });

  return (
    <Page title={t('home.title')} heading={t('home.welcome', { name: user.displayName })}>
      <section className="panel" aria-labelledby="home-roles">
        <h2 id="home-roles">{t('home.rolesLead')}</h2>
        <ul className="definition-list">
          {user.roles.map((role) => (
            <li key={role}>
              <strong>{t(roleKey(role))}</strong>
              <span>{t(`home.roleText.${role}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="home-available">
        <h2 id="home-available">{t('home.availableTitle')}</h2>
        <ul className="task-list">
          {available.map((item) => (
            <li key={item.link}>
              <Link to={item.to}>{t(item.link)}</Link>
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel panel-muted" aria-labelledby="home-coming">
        <h2 id="home-coming">{t('home.comingTitle')}</h2>
        <p>{t('home.coming')}</p>
      </section>
    </Page>
  );
}
