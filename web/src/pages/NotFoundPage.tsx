import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/index.ts';
import { Link } from '../router.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('page.notFound.title')}>
      <p>{t('page.notFound.text')}</p>
      <p>
        <Link to="/">{t('page.backHome')}</Link>
      </p>
    </Page>
  );
}
