import { useI18n } from '../i18n/index.ts';
import { Link } from '../router.tsx';

export interface Crumb {
  label: string;
  /** Absent on the current page. */
  to?: string;
}

/** Where this page sits: from the list down to here. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {item.to ? <Link to={item.to}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
