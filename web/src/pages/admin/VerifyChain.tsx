import { useState } from 'react';
import { api, type ChainVerdict } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

const REASONS: Record<string, MessageKey> = {
  gap: 'audit.reason.gap',
  link: 'audit.reason.link',
  hash: 'audit.reason.hash',
};

/** Checks the whole hash chain and says whether it is intact or where it breaks. */
export function VerifyChain() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function verify() {
    setBusy(true);
    setError(null);
    setVerdict(null);
    try {
      setVerdict(await api.verifyAudit());
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="verify-chain">
      <button type="button" className="button button-primary" onClick={verify} disabled={busy}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      <div aria-live="polite">
        {verdict?.ok && (
          <p className="verdict verdict-ok" role="status">
            {t('audit.verifyOk', { count: verdict.entries })}
          </p>
        )}
      </div>
      {verdict && !verdict.ok && (
        <p className="verdict verdict-broken" role="alert">
          {t('audit.verifyBroken', {
            seq: verdict.brokenAt ?? '?',
            reason: t(REASONS[verdict.reason ?? ''] ?? 'audit.reason.unknown'),
            count: verdict.entries,
          })}
        </p>
      )}
      {error && (
        <p className="verdict verdict-broken" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
