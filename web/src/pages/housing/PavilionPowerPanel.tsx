import type { PavilionPower } from '../../../../src/modules/housing/schemas.ts';
import { Figures } from '../../components/Figures.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { groupPath } from '../groups/paths.ts';

/** One pavilion of the power map: figures, a bar per group, leaders present and rivals of the dominant group. */
export function PavilionPowerPanel({ pavilion }: { pavilion: PavilionPower }) {
  const { t, tn, formatNumber, formatPercent } = useI18n();
  const p = pavilion;
  const most = Math.max(1, ...p.groups.map((g) => g.members));
  const rivals = new Set(p.rivals.map((r) => r.code));
  const headingId = `power-${p.code}`;
  return (
    <section className="panel power-pavilion" aria-labelledby={headingId} data-pavilion={p.code}>
      <h2 id={headingId}>
        {p.name} <span className="code-note">{p.code}</span>
      </h2>
      <Figures
        label={t('powerMap.figures', { pavilion: p.name })}
        items={[
          { label: t('powerMap.onRoll'), value: formatNumber(p.onRoll) },
          {
            label: t('powerMap.affiliated'),
            value: formatNumber(p.affiliated),
            note: p.onRoll > 0 ? t('powerMap.ofRoll', { share: formatPercent(p.affiliated / p.onRoll) }) : undefined,
          },
          {
            label: t('powerMap.dominant'),
            value: p.dominant ? <span data-testid="dominant">{p.dominant.name}</span> : <span className="muted">{t('powerMap.noDominant')}</span>,
            note: p.dominant
              ? t('powerMap.dominantShare', { members: formatNumber(p.dominant.members), share: formatPercent(p.dominant.share) })
              : undefined,
            tone: p.dominant && p.rivals.length > 0 ? 'danger' : p.dominant ? 'warn' : 'normal',
          },
        ]}
      />
      <div className="power-columns">
        <div>
          <h3>{t('powerMap.byGroup')}</h3>
          <ul className="power-bars">
            {p.groups.map((g) => {
              const isDominant = p.dominant?.code === g.code;
              const isRival = rivals.has(g.code);
              return (
                <li key={g.code} className={isDominant ? 'power-dominant' : isRival ? 'power-rival' : undefined} data-group={g.code}>
                  <span className="power-label">
                    <Link to={groupPath(g.code)}>{g.name}</Link>
                    {isDominant && <span className="badge badge-warn">{t('powerMap.dominantTag')}</span>}
                    {isRival && <span className="badge badge-danger">{t('powerMap.rivalTag')}</span>}
                  </span>
                  <span className="power-track" aria-hidden="true">
                    <span className="power-fill" style={{ width: `${(100 * g.members) / most}%` }} />
                  </span>
                  <span className="power-value">{formatNumber(g.members)}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3>{t('powerMap.leaders')}</h3>
          {p.leaders.length === 0 ? (
            <p className="muted">{t('powerMap.leadersNone')}</p>
          ) : (
            <ul className="plain-list" data-testid="leaders">
              {p.leaders.map((l) => (
                <li key={`${l.person}-${l.group}`}>
                  <span className={`badge ${l.role === 'leader' ? 'badge-danger' : 'badge-warn'}`}>{t(`membershipRole.${l.role}`)}</span>{' '}
                  <Link to={`/persons/${encodeURIComponent(l.person)}`}>{l.name}</Link> <span className="code-note">{l.person}</span>
                  <span className="cell-note">{l.groupName}</span>
                </li>
              ))}
            </ul>
          )}
          {p.dominant && p.rivals.length > 0 && (
            <div className="danger-note" data-testid="rivals">
              <strong>{t('powerMap.rivalsTitle', { group: p.dominant.name })}</strong>
              <ul>
                {p.rivals.map((r) => (
                  <li key={r.code}>
                    <Link to={groupPath(r.code)}>{r.name}</Link> · {tn('powerMap.members', r.members)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
