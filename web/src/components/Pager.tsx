import { useId } from 'react';
import { useI18n } from '../i18n/index.ts';

/** The page sizes offered; the server accepts 1..500 (`PAGE_LIMIT_MAX`). */
export const PAGE_SIZES = [25, 50, 100, 200] as const;

interface PagerProps {
  /** Rows matching the filters (the server's `total`). */
  total: number;
  offset: number;
  limit: number;
  /** A new window: previous/next keep the size, a new size goes back to the first page. */
  onChange: (window: { offset: number; limit: number }) => void;
  /** What is paged, for screen readers ("Personas en Pabellón A"). */
  label: string;
  /** Offer these sizes (none: no size choice). */
  sizes?: readonly number[];
  /** While the next page loads: the buttons wait. */
  busy?: boolean;
}

/**
 * Previous / next through a list the server pages, "1–50 de 721", and the page size. Native
 * buttons and select, so it works with the keyboard and is read by screen readers; the range is
 * announced when it changes.
 */
export function Pager({ total, offset, limit, onChange, label, sizes = PAGE_SIZES, busy = false }: PagerProps) {
  const { t, formatNumber } = useI18n();
  const sizeId = useId();
  const from = total === 0 ? 0 : Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  const range = from === 0 ? t('pager.empty', { total: formatNumber(total) }) : t('pager.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) });
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  return (
    <nav className="pager" aria-label={t('pager.label', { what: label })} aria-busy={busy}>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('pager.previousLabel')}
        disabled={!hasPrevious || busy}
        onClick={() => onChange({ offset: Math.max(0, offset - limit), limit })}
      >
        <span aria-hidden="true">‹ </span>
        {t('pager.previous')}
      </button>
      <span className="pager-range" role="status" aria-live="polite" title={t('pager.page', { page, pages })} data-testid="pager-range">
        {range}
      </span>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('pager.nextLabel')}
        disabled={!hasNext || busy}
        onClick={() => onChange({ offset: offset + limit, limit })}
      >
        {t('pager.next')}
        <span aria-hidden="true"> ›</span>
      </button>
      {sizes.length > 0 && (
        <span className="pager-size">
          <label htmlFor={sizeId}>{t('pager.size')}</label>
          <select id={sizeId} value={limit} onChange={(event) => onChange({ offset: 0, limit: Number(event.target.value) })}>
            {[...new Set([...sizes, limit])]
              .sort((a, b) => a - b)
              .map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
          </select>
        </span>
      )}
    </nav>
  );
}
