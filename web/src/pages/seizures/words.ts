import type { SearchView } from '../../../../src/modules/intelligence/schemas.ts';
import type { SeizureItem } from '../../../../src/kernel/vocabulary.ts';
import type { Translate } from '../../i18n/index.ts';

/** An item in words ("Arma de fuego"), never its code. */
export function itemWord(t: Translate, item: SeizureItem): string {
  return t(`sz.item.${item}`);
}

/** What a search found, in words: "1 × Arma de fuego, 3 × Teléfono celular"; "Nada" when nothing. */
export function itemsText(t: Translate, items: SearchView['items'], formatNumber: (n: number) => string): string {
  if (items.length === 0) return t('sz.nothing');
  return items.map((i) => t('sz.itemCount', { quantity: formatNumber(i.quantity), item: itemWord(t, i.item) })).join(', ');
}
