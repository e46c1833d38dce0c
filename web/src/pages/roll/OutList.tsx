import type { AbsentPerson } from '../../api-roll.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { listName } from '../../people.ts';

/** The people on the roll who were out (court, hospital) or en route when the emergency was declared: not expected inside. */
export function OutList({ people }: { people: AbsentPerson[] }) {
  const { t } = useI18n();
  return (
    <details className="panel out-list">
      <summary>
        <h2>{t('emergency.out.title', { count: people.length })}</h2>
      </summary>
      <p className="field-hint">{t('emergency.out.hint')}</p>
      <ul className="plain-list">
        {people.map((p) => (
          <li key={p.id}>
            {listName(p)} <span className="code-note">{p.id}</span> ·{' '}
            {p.state === 'out' ? t(`personState.out.${p.outReason ?? 'other'}` as MessageKey) : t('personState.en_route')}
            {p.destination && ` → ${p.destination}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
