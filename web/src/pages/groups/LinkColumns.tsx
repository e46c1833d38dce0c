import type { RelationView } from '../../../../src/modules/groups/schemas.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

/** What a membership and a relation both show: since and until when, how sure, the note and who recorded it. */
type Link = Pick<RelationView, 'since' | 'until' | 'confidence' | 'note' | 'recordedAt' | 'recordedBy'>;

/** The headers of the columns a membership and a relation share, and of the actions when the user manages them. */
export function LinkHeaders({ manage }: { manage: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <th scope="col">{t('group.col.since')}</th>
      <th scope="col">{t('group.col.until')}</th>
      <th scope="col">{t('group.col.confidence')}</th>
      <th scope="col">{t('group.col.note')}</th>
      {manage && (
        <th scope="col">
          <span className="visually-hidden">{t('group.col.actions')}</span>
        </th>
      )}
    </>
  );
}

interface LinkCellsProps {
  link: Link;
  /** What a link not ended is called ("Vigente"). */
  current: MessageKey;
  /** The zone of the clock the recording time is read on (the national zone when not given). */
  timeZone?: string | undefined;
}

/** The cells under LinkHeaders (without the actions). */
export function LinkCells({ link, current, timeZone }: LinkCellsProps) {
  const { t, formatDate, formatWhen } = useI18n();
  const none = <span className="muted">—</span>;
  return (
    <>
      <td className="nowrap">{link.since ? formatDate(link.since) : none}</td>
      <td className="nowrap">{link.until ? t('group.endedOn', { date: formatDate(link.until) }) : t(current)}</td>
      <td>{t(`confidence.${link.confidence}`)}</td>
      <td>
        {link.note ?? none}
        <span className="cell-note">{t('common.recorded', { when: formatWhen(link.recordedAt, timeZone), who: link.recordedBy })}</span>
      </td>
    </>
  );
}

interface EndCellProps {
  link: Pick<Link, 'until'>;
  /** What the button does, for screen readers ("Terminar la relación con …"). */
  label: string;
  /** Whether the end form of this link is open. */
  pressed: boolean;
  onEnd: () => void;
}

/** The actions cell: a button to end a link still in force. */
export function EndCell({ link, label, pressed, onEnd }: EndCellProps) {
  const { t } = useI18n();
  return (
    <td>
      {!link.until && (
        <button type="button" className="button button-secondary button-small" aria-pressed={pressed} aria-label={label} onClick={onEnd}>
          {t('group.endShort')}
        </button>
      )}
    </td>
  );
}
