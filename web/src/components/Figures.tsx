import type { ReactNode } from 'react';

export interface Figure {
  label: string;
  value: ReactNode;
  /** A short explanation under the value. */
  note?: ReactNode;
  tone?: 'normal' | 'warn' | 'danger';
}

/** Key figures side by side: a label over a large value. */
export function Figures({ items, label }: { items: Figure[]; label: string }) {
  return (
    <dl className="figures" aria-label={label}>
      {items.map((item) => (
        <div key={item.label} className={`figure figure-${item.tone ?? 'normal'}`}>
          <dt>{item.label}</dt>
          <dd>
            <span className="figure-value">{item.value}</span>
            {item.note && <span className="figure-note">{item.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
