import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';
import { usePath } from '../router.tsx';
import { useSession } from '../session.ts';
import { CriticalAlertNotices } from '../pages/warning/CriticalAlertNotices.tsx';
import { AppHeader } from './AppHeader.tsx';
import { MainNav } from './MainNav.tsx';
import './shell.css';

/**
 * The frame of every page after login. On a narrow screen the header is one line (the name and a
 * menu button): who is signed in, the language, the password, logout and the modules open under
 * the button, so that the page itself (an emergency notice first) is on the first screen. The
 * menu folds again when a page is chosen.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  // A one-time password leads nowhere but to its change: no modules to offer until then.
  const { mustChangePassword } = useSession();
  const path = usePath();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <div className={menuOpen ? 'shell shell-menu-open' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader menuOpen={menuOpen} onMenu={() => setMenuOpen((open) => !open)} menuControls={mustChangePassword ? 'header-user' : 'header-user main-nav'} />
      <div className={mustChangePassword ? 'shell-body shell-body-alone' : 'shell-body'}>
        {!mustChangePassword && <MainNav />}
        <main id="main" tabIndex={-1}>
          {!mustChangePassword && <CriticalAlertNotices />}
          {children}
        </main>
      </div>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
