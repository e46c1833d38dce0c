import { Fragment, useState } from 'react';
import type { ListedPerson } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { listName } from '../../people.ts';
import { RecaptureForm } from './RecaptureForm.tsx';
import { VerificationBadge } from './VerificationBadge.tsx';

interface EscapedListProps {
  people: ListedPerson[];
  centre: string;
  canRecapture: boolean;
  onRecaptured: (text: string) => void;
}

/** The people declared escaped in this emergency, each with the form to record a recapture. */
export function EscapedList({ people, centre, canRecapture, onRecaptured }: EscapedListProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const outstanding = people.filter((p) => !p.recaptured).length;
  return (
    <section aria-labelledby="escaped-title">
      <h2 id="escaped-title">{t('emergency.escaped.title', { count: people.length, outstanding })}</h2>
      <div className="table-wrap">
        <table className="data-table data-table-compact" data-testid="escaped-list">
          <caption className="visually-hidden">{t('emergency.escaped.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('emergency.col.person')}</th>
              <th scope="col">{t('emergency.col.id')}</th>
              <th scope="col">{t('emergency.col.lastLocation')}</th>
              <th scope="col">{t('emergency.col.status')}</th>
              {canRecapture && <th scope="col">{t('emergency.col.recapture')}</th>}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <Fragment key={p.id}>
                <tr data-person={p.id}>
                  <th scope="row">{listName(p)}</th>
                  <td className="code">
                    <Link to={`/persons/${encodeURIComponent(p.id)}`}>{p.id}</Link>
                  </td>
                  <td className="code">{p.expectedLocation ?? t('emergency.unplaced')}</td>
                  <td>
                    <VerificationBadge person={p} />
                  </td>
                  {canRecapture && (
                    <td>
                      {p.state === 'unaccounted' && (
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          aria-expanded={open === p.id}
                          onClick={() => setOpen(open === p.id ? null : p.id)}
                        >
                          {t('emergency.recapture.button')}
                          <span className="visually-hidden"> · {listName(p)}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
                {open === p.id && (
                  <tr className="names-row">
                    <td colSpan={5}>
                      <RecaptureForm
                        person={p}
                        centre={centre}
                        onCancel={() => setOpen(null)}
                        onDone={(text) => {
                          setOpen(null);
                          onRecaptured(text);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
