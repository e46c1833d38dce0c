import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { FindingList } from './FindingList.tsx';
import type { CheckState } from './usePlacementCheck.ts';

/** The outcome of the placement check for the chosen cell: blocking reasons, warnings, or clear. */
export function PlacementCheckPanel({ state }: { state: CheckState }) {
  const { t } = useI18n();
  if (state.status === 'idle') return <p className="muted placement-idle">{t('placement.idle')}</p>;
  if (state.status === 'checking') {
    return (
      <p className="loading" role="status">
        {t('placement.checking', { cell: state.cell })}
      </p>
    );
  }
  if (state.status === 'error') return <p className="inline-error placement-error" role="alert">{errorText(state.error, t)}</p>;
  const { check, cell } = state;
  return (
    <div className="placement-check" data-testid="placement-check" data-cell={cell} data-allowed={check.allowed} aria-live="polite">
      {check.blocking.length > 0 ? (
        <div className="placement-blocked">
          <h3>{t('placement.blockedTitle', { cell })}</h3>
          <FindingList items={check.blocking} tone="danger" showOverridable />
        </div>
      ) : (
        <p className="placement-clear">{t('placement.clear', { cell })}</p>
      )}
      {check.warnings.length > 0 && (
        <div className="placement-warnings">
          <h3>{t('placement.warningsTitle')}</h3>
          <FindingList items={check.warnings} tone="warn" />
        </div>
      )}
    </div>
  );
}
