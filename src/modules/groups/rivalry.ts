import type { Group, Relation } from './groups.ts';

/**
 * Who is rival to whom, with factions inheriting their parent group's relations: a faction of
 * Los Lobos is the rival of Los Lobos's rivals, unless it has its own relation with them; a
 * dissident faction can be the rival of its own parent. Pure; built from the groups and the
 * relations in force on a day.
 */
export class GroupRelations {
  private readonly parentOf = new Map<string, string | null>();
  private readonly direct = new Map<string, Relation['relation']>();

  constructor(groups: readonly Pick<Group, 'code' | 'parent'>[], relations: readonly Pick<Relation, 'groupA' | 'groupB' | 'relation'>[]) {
    for (const g of groups) this.parentOf.set(g.code, g.parent);
    for (const r of relations) {
      this.direct.set(`${r.groupA}|${r.groupB}`, r.relation);
      this.direct.set(`${r.groupB}|${r.groupA}`, r.relation);
    }
  }

  /** The group and its ancestors, nearest first. */
  lineage(code: string): string[] {
    const chain: string[] = [];
    for (let c: string | null | undefined = code; c && !chain.includes(c); c = this.parentOf.get(c)) chain.push(c);
    return chain;
  }

  /** The relation between two groups: the nearest recorded one along both lineages. */
  relation(a: string, b: string): Relation['relation'] | null {
    if (a === b) return null;
    const la = this.lineage(a);
    const lb = this.lineage(b);
    for (const x of la) {
      for (const y of lb) {
        if (x === y) continue;
        const found = this.direct.get(`${x}|${y}`);
        if (found) return found;
      }
    }
    return null;
  }

  areRivals(a: string, b: string): boolean {
    return this.relation(a, b) === 'rival';
  }
}
