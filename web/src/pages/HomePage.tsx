import { LoadState } from '../components/LoadState.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n, type MessageKey } from '../i18n/index.ts';
import { Link } from '../router.tsx';
import { hasRole, useSession } from '../session.ts';
import { may } from './people/roles.ts';
import { CentrePicker, useChosenCentre } from './roll/CentrePicker.tsx';
import { useLiveRoll } from './roll/queries.ts';
import { ActiveEmergencies } from './start/ActiveEmergencies.tsx';
import { CentreCards } from './start/CentreCards.tsx';
import { DirectorCards } from './start/DirectorCards.tsx';
import { NationalFigures } from './start/NationalFigures.tsx';
import { useActiveEmergencies } from './start/queries.ts';
import { startViews } from './start/roles.ts';
import './start/start.css';

/** The ways into the rest of Custodia that the user's roles open. */
function Shortcuts() {
  const { t } = useI18n();
  const { user } = useSession();
  const links: { to: string; label: MessageKey }[] = [
    { to: '/persons', label: 'nav.people' },
    { to: '/centres', label: 'nav.centres' },
  ];
  if (may(user, 'admit')) links.push({ to: '/admissions/new', label: 'persons.admit' });
  if (hasRole(user, 'admin')) links.push({ to: '/admin/users', label: 'nav.users' }, { to: '/admin/audit', label: 'nav.audit' });
  links.push({ to: '/account/password', label: 'header.changePassword' });
  return (
    <section className="panel start-shortcuts" aria-labelledby="start-shortcuts">
      <h2 id="start-shortcuts">{t('start.links.title')}</h2>
      <ul className="start-shortcut-list">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{t(link.label)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The start page, by role (the union of the user's roles): every active emergency of the
 * caseload first, large and red — every centre's for HQ; HQ and oversight see every centre's
 * figures; centre staff see the chosen centre now (roll, counts, people out, emergency); a
 * director also sees pretrial limits, pavilions over capacity and overrides. The roll's stream
 * keeps the figures current.
 */
export function HomePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const views = startViews(user);
  const emergencies = useActiveEmergencies();
  useLiveRoll(undefined, views.centre || views.national);
  const chosen = useChosenCentre();
  const intro = views.national ? t('start.introNational') : views.centre && chosen.centre ? t('start.introCentre', { centre: chosen.name }) : t('start.introOther');

  return (
    <Page title={t('home.title')} heading={t('home.welcome', { name: user.displayName })} intro={intro}>
      {emergencies.error && <LoadState query={emergencies} />}
      <ActiveEmergencies emergencies={emergencies.data ?? []} />
      {views.national && <NationalFigures emergencies={emergencies.data} />}
      {views.centre && (
        <section className="start-centre" aria-labelledby={chosen.centre ? 'start-centre' : undefined} aria-label={chosen.centre ? undefined : t('start.pickCentre')}>
          {chosen.mustPick && <p className="start-pick">{t('start.pickCentre')}</p>}
          <CentrePicker path="/" />
          {chosen.centre && (
            <>
              <h2 id="start-centre">{t('start.centreTitle', { centre: chosen.name })}</h2>
              <CentreCards centre={chosen.centre} emergencies={emergencies.data} />
              {views.director && (
                <>
                  <h2>{t('start.directorTitle', { centre: chosen.name })}</h2>
                  <DirectorCards centre={chosen.centre} />
                </>
              )}
            </>
          )}
        </section>
      )}
      <Shortcuts />
    </Page>
  );
}
