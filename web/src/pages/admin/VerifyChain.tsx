import type { ChainVerdict } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useVerifyAudit } from './queries.ts';

type ChainBreak = ChainVerdict['breaks'][number];
type ChainBreakReason = ChainBreak['reason'];

const REASONS: Record<ChainBreakReason, MessageKey> = {
  gap: 'audit.reason.gap',
  link: 'audit.reason.link',
  hash: 'audit.reason.hash',
  truncated: 'audit.reason.truncated',
  chain_missing: 'audit.reason.chain_missing',
  checkpoint_mismatch: 'audit.reason.checkpoint_mismatch',
  checkpoint_signature: 'audit.reason.checkpoint_signature',
  replication_role: 'audit.reason.replication_role',
  trigger_disabled: 'audit.reason.trigger_disabled',
};

// Reasons whose detail is the time of a signed checkpoint.
const AT_CHECKPOINT: ReadonlySet<ChainBreakReason> = new Set(['truncated', 'chain_missing', 'checkpoint_mismatch', 'checkpoint_signature']);

/** Checks every chain of the log to its end and against the signed checkpoints; lists every break. */
export function VerifyChain() {
  const { t, formatDateTime } = useI18n();
  const verify = useVerifyAudit();
  const verdict = verify.data;

  const describe = (b: ChainBreak) => {
    const detail = b.detail === undefined ? '?' : AT_CHECKPOINT.has(b.reason) ? formatDateTime(b.detail) : b.detail;
    const reason = t(REASONS[b.reason], { detail });
    return b.chain === null ? reason : t('audit.breakAt', { chain: b.chain, seq: b.seq ?? '?', reason });
  };

  return (
    <div className="verify-chain">
      <button type="button" className="button button-primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? t('audit.verifying') : t('audit.verify')}
      </button>
      <div aria-live="polite">
        {verdict?.ok && (
          <p className="verdict verdict-ok" role="status">
            {t('audit.verifyOk', { count: verdict.entries })}
          </p>
        )}
      </div>
      {verdict && !verdict.ok && (
        <div className="verdict verdict-broken" role="alert">
          <p>{t('audit.verifyBroken', { count: verdict.breaks.length })}</p>
          <ul>
            {verdict.breaks.map((b, i) => (
              <li key={i}>{describe(b)}</li>
            ))}
          </ul>
        </div>
      )}
      {verdict && (
        <p className="verdict-note">
          {verdict.checkpoints.latest
            ? t('audit.verifyCheckpoints', { count: verdict.checkpoints.checked, at: formatDateTime(verdict.checkpoints.latest) })
            : t('audit.verifyNoCheckpoints')}
        </p>
      )}
      {verify.error && (
        <p className="verdict verdict-broken" role="alert">
          {errorText(verify.error, t)}
        </p>
      )}
    </div>
  );
}
