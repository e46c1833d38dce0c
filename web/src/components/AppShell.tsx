import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';
import { useSession } from '../session.ts';
import { AppHeader } from './AppHeader.tsx';
import { MainNav } from './MainNav.tsx';

/** The frame of every page after login. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  // A one-time password leads nowhere but to its change: no modules to offer until then.
  const { mustChangePassword } = useSession();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <div className={mustChangePassword ? 'shell-body shell-body-alone' : 'shell-body'}>
        {!mustChangePassword && <MainNav />}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
