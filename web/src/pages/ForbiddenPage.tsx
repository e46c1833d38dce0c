import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/index.ts';
import { Link } from '../router.tsx';

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Page title={t('page.forbidden.title')}>
      <p>{t('page.forbidden.text')}</p>
      <p>
        <Link to="/">{t('page.backHome')}</Link>
      </p>
    </Page>
  );
}
