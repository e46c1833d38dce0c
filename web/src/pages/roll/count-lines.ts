import type { LocationSummary } from '../../api-roll.ts';
import type { CountLine } from '../../api-roll.ts';
import type { Translate } from '../../i18n/index.ts';

export interface LineGroup {
  /** The pavilion's code; '' for the units outside pavilions and the people not placed. */
  key: string;
  title: string;
  /** Wings in order, each with its lines; a pavilion's own units come under the pavilion's name. */
  sections: { key: string; title: string | null; lines: CountLine[] }[];
}

/** A line's place in words: "Celda 003 (MAC-P1-A-003)", or "not placed in a cell". */
export function lineName(line: Pick<CountLine, 'location' | 'name'>, t: Translate): string {
  if (line.location === '') return t('count.unplaced');
  return line.name ? `${line.name} (${line.location})` : line.location;
}

/** The lines by pavilion and wing, in the count's order; units outside pavilions last. */
export function groupLines(lines: CountLine[], locations: LocationSummary[], t: Translate): LineGroup[] {
  const byCode = new Map(locations.map((l) => [l.code, l]));
  const groups = new Map<string, LineGroup>();
  for (const line of lines) {
    const key = line.pavilion?.code ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, title: line.pavilion?.name ?? t('count.otherUnits'), sections: [] };
      groups.set(key, group);
    }
    const parent = byCode.get(byCode.get(line.location)?.parent ?? '');
    const wing = parent && parent.kind !== 'pavilion' ? parent : null;
    const sectionKey = wing?.code ?? '';
    let section = group.sections.find((s) => s.key === sectionKey);
    if (!section) {
      section = { key: sectionKey, title: wing ? wing.name : null, lines: [] };
      group.sections.push(section);
    }
    section.lines.push(line);
  }
  const ordered = [...groups.values()];
  return [...ordered.filter((g) => g.key !== ''), ...ordered.filter((g) => g.key === '')];
}

/** A signed difference with a true minus sign: "+1", "−2", "0". */
export function signed(n: number, format: (n: number) => string): string {
  if (n > 0) return `+${format(n)}`;
  if (n < 0) return `−${format(-n)}`;
  return format(0);
}
