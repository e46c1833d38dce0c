import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';
import { hasNavigated } from '../router.tsx';

interface PageProps {
  /** The page's name, for the browser tab. */
  title: string;
  /** The visible heading; the title when not given. */
  heading?: string;
  intro?: ReactNode;
  actions?: ReactNode;
  /** Where the page sits (a Breadcrumb), above the heading. */
  breadcrumb?: ReactNode;
  children: ReactNode;
}

/**
 * One screen: sets the document title and, after a navigation, moves the focus to the heading
 * so that screen-reader users hear where they arrived.
 */
export function Page({ title, heading, intro, actions, breadcrumb, children }: PageProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    // On the first page of a visit the browser starts at the top (and the skip link) as usual.
    if (hasNavigated()) ref.current?.focus();
  }, []);

  return (
    <div className="page">
      {breadcrumb}
      <div className="page-head">
        <div>
          <h1 ref={ref} tabIndex={-1}>
            {heading ?? title}
          </h1>
          {intro && <p className="page-intro">{intro}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
