import type { CountLine } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';

const TONE = { pending: 'badge-off', ok: 'badge-ok', discrepancy: 'badge-danger', reconciled: 'badge-warn' } as const;
const ICON = { pending: '', ok: '✓ ', discrepancy: '⚠ ', reconciled: '✓ ' } as const;

/** A count line's status in words (and colour): not counted, matches, a discrepancy of how many, reconciled. */
export function LineStatusBadge({ line }: { line: Pick<CountLine, 'status' | 'difference'> }) {
  const { t, tn } = useI18n();
  const d = line.difference ?? 0;
  const detail = line.status === 'discrepancy' || line.status === 'reconciled' ? ` · ${d < 0 ? tn('count.diff.missing', -d) : tn('count.diff.extra', d)}` : '';
  return (
    <span className={`badge ${TONE[line.status]}`}>
      <span aria-hidden="true">{ICON[line.status]}</span>
      {t(`lineStatus.${line.status}`)}
      {detail}
    </span>
  );
}
