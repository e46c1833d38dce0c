import type { OutReason, PersonState } from '../../api.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

/** The words for a state (out: at court, at hospital, elsewhere). */
export function stateKey(state: PersonState, outReason: OutReason | null): MessageKey {
  if (state === 'out') return `personState.out.${outReason ?? 'other'}`;
  return `personState.${state}`;
}

const TONE: Record<PersonState, string> = { in: 'badge-ok', out: 'badge-info', en_route: 'badge-info', unaccounted: 'badge-danger' };

/** In, out at court or hospital, on the way, unaccounted for: in words and colour. */
export function PersonStateBadge({ state, outReason }: { state: PersonState; outReason: OutReason | null }) {
  const { t } = useI18n();
  return <span className={`badge ${TONE[state]}`}>{t(stateKey(state, outReason))}</span>;
}
