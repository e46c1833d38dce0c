import { useI18n } from '../../i18n/index.ts';
import { useCentreTime } from './clock.ts';
import type { LiveStatus } from './live.ts';

interface LiveNoteProps {
  status: LiveStatus;
  /** When the figures shown were computed. */
  updatedAt: string | null;
  /** Said by screen readers after a live update (a polite live region); null before any. */
  announcement: string | null;
  /** The centre whose clock the time is read on (none: several centres). */
  centre: string | undefined;
}

/** Whether the figures follow the roll live, and when they were last updated. */
export function LiveNote({ status, updatedAt, announcement, centre }: LiveNoteProps) {
  const { t } = useI18n();
  const { clock } = useCentreTime(centre);
  const time = updatedAt ? clock(updatedAt) : '';
  return (
    <>
      <p className={`live-note live-${status}`} data-testid="live-note">
        {status !== 'off' && (
          <span className="live-dot" aria-hidden="true">
            ●
          </span>
        )}
        {status === 'open' && <strong>{t('live.on')}</strong>}
        {status === 'connecting' && <span>{t('live.connecting')}</span>}
        {status === 'lost' && <strong className="live-lost-text">{t('live.lost')}</strong>}
        {updatedAt && <span>{t('live.updated', { time })}</span>}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement ?? ''}
      </p>
    </>
  );
}
