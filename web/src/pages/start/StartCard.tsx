import type { ReactNode } from 'react';
import { Link } from '../../router.tsx';

interface StartCardProps {
  id: string;
  title: string;
  /** `danger` when something needs action now, `warn` when soon. */
  tone?: 'normal' | 'warn' | 'danger';
  /** The full screen behind the card. */
  link: { to: string; label: string };
  children: ReactNode;
}

/** One card of a start page: a title, what matters now, and the way to the full screen. */
export function StartCard({ id, title, tone = 'normal', link, children }: StartCardProps) {
  return (
    <section className={`start-card start-card-${tone}`} aria-labelledby={id} data-card={id}>
      <h3 id={id}>{title}</h3>
      <div className="start-card-body">{children}</div>
      <p className="start-card-link">
        <Link to={link.to}>{link.label}</Link>
      </p>
    </section>
  );
}
