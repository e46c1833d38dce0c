import { useState } from 'react';
import { useI18n } from '../i18n/index.ts';
import { Link, usePath } from '../router.tsx';
import { useSession } from '../session.ts';
import { Emblem } from './Emblem.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { caseloadText, roleNames } from './roles.ts';

/**
 * The product name, who is signed in (roles, caseload), language, password and logout. On a
 * narrow screen the menu button (hidden on wide ones) shows or hides the user's panel and the
 * navigation, which `menuControls` names.
 */
export function AppHeader({ menuOpen, onMenu, menuControls }: { menuOpen: boolean; onMenu: () => void; menuControls: string }) {
  const { t } = useI18n();
  const { user, logout } = useSession();
  const [leaving, setLeaving] = useState(false);
  const path = usePath();

  async function leave() {
    setLeaving(true);
    try {
      await logout();
    } finally {
      setLeaving(false);
    }
  }

  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <Emblem />
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </Link>
      <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls={menuControls} onClick={onMenu}>
        <span className="menu-button-icon" aria-hidden="true" />
        {t(menuOpen ? 'start.menu.close' : 'start.menu.open')}
      </button>
      <div className="header-user" id="header-user">
        <dl className="user-card" aria-label={t('header.user')}>
          <div className="user-name">
            <dt className="visually-hidden">{t('header.user')}</dt>
            <dd data-testid="user-display-name">{user.displayName}</dd>
          </div>
          <div className="user-meta">
            <dt>{t('header.roles')}</dt>
            <dd data-testid="user-roles">{roleNames(user.roles, t)}</dd>
          </div>
          <div className="user-meta">
            <dt>{t('header.caseload')}</dt>
            <dd data-testid="user-caseload">{caseloadText(user.caseload, t)}</dd>
          </div>
        </dl>
        <div className="header-actions">
          <LanguageSwitch tone="dark" />
          <Link to="/account/password" className="header-link" aria-current={path === '/account/password' ? 'page' : undefined}>
            {t('header.changePassword')}
          </Link>
          <button type="button" className="button button-header" onClick={leave} disabled={leaving}>
            {leaving ? t('header.loggingOut') : t('header.logout')}
          </button>
        </div>
      </div>
    </header>
  );
}
