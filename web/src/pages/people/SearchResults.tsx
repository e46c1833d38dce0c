import type { Centre } from '../../api.ts';
import type { PersonMatch } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { Link } from '../../router.tsx';

/** The people found, best match first; an explanation when there is nobody. */
export function SearchResults({ people, query, centres }: { people: PersonMatch[]; query: string; centres: Centre[] }) {
  const { t } = useI18n();
  if (people.length === 0) {
    return (
      <p className="empty-state">{t('persons.none', { query })}</p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{t('persons.caption', { query, count: people.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('person.name')}</th>
            <th scope="col">{t('person.aliases')}</th>
            <th scope="col">{t('person.id')}</th>
            <th scope="col">{t('person.nationalId')}</th>
            <th scope="col">{t('person.centre')}</th>
            <th scope="col">{t('person.legalStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={`/persons/${encodeURIComponent(p.id)}`}>{listName(p)}</Link>
              </th>
              <td>{p.aliases.length > 0 ? p.aliases.join(', ') : <span className="muted">—</span>}</td>
              <td className="code">{p.id}</td>
              <td className="code">{p.nationalId ?? <span className="muted">—</span>}</td>
              <td>
                {p.centre ? (
                  <>
                    <span className="code">{p.centre}</span>
                    {centres.some((c) => c.code === p.centre) && <span className="cell-note">{centres.find((c) => c.code === p.centre)?.name}</span>}
                  </>
                ) : (
                  <span className="muted">{t('person.notInCustody')}</span>
                )}
              </td>
              <td>{p.legalStatus ? t(`legalStatus.${p.legalStatus}`) : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
