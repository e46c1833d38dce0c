import { useCallback, useState } from 'react';
import type { RiskLevel } from '../../api.ts';
import { housingApi } from '../../api-housing.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { useLoad } from '../../useLoad.ts';
import { mayHousing } from '../housing/roles.ts';
import { ClassifyForm } from './ClassifyForm.tsx';

const RISK_CLASS: Record<RiskLevel, string> = { low: 'badge-ok', medium: 'badge-info', high: 'badge-warn', maximum: 'badge-danger' };

/** The person's classification in this custody: risk level, vulnerabilities, how it changed; reclassification. */
export function ClassificationPanel({ personId }: { personId: string }) {
  const { t, formatWhen } = useI18n();
  const { user } = useSession();
  const fetchClassification = useCallback(() => housingApi.classification(personId), [personId]);
  const [load, reload, , refresh] = useLoad(fetchClassification, personId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <section className="panel" aria-labelledby="person-classification" data-testid="classification">
      <h2 id="person-classification">{t('classification.title')}</h2>
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' && (
        <>
          {saved && <SuccessNote>{t('classification.saved')}</SuccessNote>}
          <dl className="facts">
            <div>
              <dt>{t('person.risk')}</dt>
              <dd>
                <span className={`badge ${RISK_CLASS[load.data.risk]}`}>{t(`risk.${load.data.risk}`)}</span>
              </dd>
            </div>
            <div className="facts-wide">
              <dt>{t('classification.vulnerabilities')}</dt>
              <dd>
                {load.data.vulnerabilities.length === 0 ? (
                  <span className="muted">{t('classification.noVulnerabilities')}</span>
                ) : (
                  <ul className="tag-list">
                    {load.data.vulnerabilities.map((v) => (
                      <li key={v} className="badge badge-info">
                        {t(`vulnerability.${v}`)}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          {load.data.history.length > 0 && (
            <details className="history-details">
              <summary>{t('classification.history', { count: load.data.history.length })}</summary>
              <ol className="history-list">
                {load.data.history.map((h) => (
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
                current={load.data}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                  refresh();
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
