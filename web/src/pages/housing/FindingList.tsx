import type { CheckItem } from '../../../../src/modules/housing/schemas.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * Findings of the placement check: the server's sentence in the user's language (its code stays
 * in `data-code`, for tests and support, never on screen). Blocking reasons in red, warnings in amber; a blocking reason a director may
 * override says so.
 */
export function FindingList({ items, tone, showOverridable = false }: { items: CheckItem[]; tone: 'danger' | 'warn'; showOverridable?: boolean }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <ul className={`finding-list finding-${tone}`}>
      {items.map((item, index) => (
        <li key={`${item.code}-${index}`} data-code={item.code}>
          <span>{item.message}</span>
          {showOverridable && item.overridable && (
            <>
              {' '}
              <span className="tag tag-phrase tag-override">{t('placement.overridable')}</span>
            </>
          )}
          {showOverridable && item.overridable === false && (
            <>
              {' '}
              <span className="tag tag-phrase">{t('placement.notOverridable')}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
