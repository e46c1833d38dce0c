import { useEffect, useRef } from 'react';
import type { ListedPerson } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { listName } from '../../people.ts';
import { DeathLink } from '../deaths/DeathLink.tsx';
import { MarkButtons } from './MarkButtons.tsx';
import { VerificationBadge } from './VerificationBadge.tsx';

interface ListedPeopleProps {
  people: ListedPerson[];
  caption: string;
  emergencyId: string;
  /** Show the buttons that record what was found. */
  canMark: boolean;
  onMarked: (text: string) => void;
  testId?: string;
}

/** People of the frozen list: who, where they were expected, what was recorded, and the buttons to record it. */
export function ListedPeople({ people, caption, emergencyId, canMark, onMarked, testId }: ListedPeopleProps) {
  const { t } = useI18n();
  // A person marked from this list may leave it (the list of those still to verify): the focus
  // then goes to the person now in that place, so that keyboard users keep their place.
  const body = useRef<HTMLTableSectionElement>(null);
  const pending = useRef<{ id: string; index: number } | null>(null);
  useEffect(() => {
    const marked = pending.current;
    if (!marked || !body.current) return;
    if (body.current.querySelector(`tr[data-person="${CSS.escape(marked.id)}"]`)) return;
    pending.current = null;
    if (document.activeElement && document.activeElement !== document.body) return;
    const rows = body.current.rows;
    rows[Math.min(marked.index, rows.length - 1)]?.querySelector('button')?.focus();
  }, [people]);

  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact listed-people" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('emergency.col.person')}</th>
            <th scope="col">{t('emergency.col.id')}</th>
            <th scope="col">{t('emergency.col.location')}</th>
            <th scope="col">{t('emergency.col.status')}</th>
            {canMark && <th scope="col">{t('emergency.col.actions')}</th>}
          </tr>
        </thead>
        <tbody ref={body}>
          {people.map((p, index) => (
            <tr key={p.id} data-person={p.id}>
              <th scope="row">
                {listName(p)}
                {p.aliases.length > 0 && <span className="cell-note">{t('sheet.alias', { aliases: p.aliases.join(', ') })}</span>}
              </th>
              <td className="code">
                <Link to={`/persons/${encodeURIComponent(p.id)}`}>{p.id}</Link>
              </td>
              <td className="code">{p.expectedLocation ?? t('emergency.unplaced')}</td>
              <td>
                <VerificationBadge person={p} />
                {p.markedBy && <span className="cell-note">{t('emergency.markedBy', { who: p.markedBy })}</span>}
                {p.status === 'dead' && <DeathLink person={p.id} />}
              </td>
              {canMark && (
                <td>
                  <MarkButtons
                    emergencyId={emergencyId}
                    person={p}
                    onMarked={(text) => {
                      pending.current = { id: p.id, index };
                      onMarked(text);
                    }}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
