import { useState } from 'react';
import type { RiskLevel } from '../../api.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { mayHousing } from '../housing/roles.ts';
import { useCentreTime } from '../roll/clock.ts';
import { ClassifyForm } from './ClassifyForm.tsx';
import { useClassification } from './queries.ts';

const RISK_CLASS: Record<RiskLevel, string> = { low: 'badge-ok', medium: 'badge-info', high: 'badge-warn', maximum: 'badge-danger' };

/** The person's classification in this custody: risk level, vulnerabilities, how it changed; reclassification. */
export function ClassificationPanel({ personId, centre }: { personId: string; centre: string }) {
  const { t } = useI18n();
  const { when: formatWhen } = useCentreTime(centre);
  const { user } = useSession();
  const classification = useClassification(personId);
  const data = classification.data;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <section className="panel" aria-labelledby="person-classification" data-testid="classification">
      <h2 id="person-classification">{t('classification.title')}</h2>
      <LoadState query={classification} />
      {data && (
        <>
          {saved && <SuccessNote>{t('classification.saved')}</SuccessNote>}
          <dl className="facts">
            <div>
              <dt>{t('person.risk')}</dt>
              <dd>
                <span className={`badge ${RISK_CLASS[data.risk]}`}>{t(`risk.${data.risk}`)}</span>
              </dd>
            </div>
            <div className="facts-wide">
              <dt>{t('classification.vulnerabilities')}</dt>
              <dd>
                {data.vulnerabilities.length === 0 ? (
                  <span className="muted">{t('classification.noVulnerabilities')}</span>
                ) : (
                  <ul className="tag-list">
                    {data.vulnerabilities.map((v) => (
                      <li key={v} className="badge badge-info">
                        {t(`vulnerability.${v}`)}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          {data.history.length > 0 && (
            <details className="history-details">
              <summary>{t('classification.history', { count: data.history.length })}</summary>
              <ol className="history-list">
                {data.history.map((h) => (
                  <li key={h.recordedAt}>
                    <strong>{t(`risk.${h.risk}`)}</strong>
                    <span>{h.vulnerabilities.map((v) => t(`vulnerability.${v}`)).join(', ') || t('classification.noVulnerabilities')}</span>
                    <span className="muted">{h.reason}</span>
                    <span className="cell-note">{t('common.recorded', { when: formatWhen(h.recordedAt), who: h.recordedBy })}</span>
                  </li>
                ))}
              </ol>
            </details>
          )}
          {mayHousing(user, 'classification.manage') &&
            (editing ? (
              <ClassifyForm
                personId={personId}
                current={data}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <div className="form-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t('classification.reclassify')}
                </button>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
