import type { Queryable } from '../../db/engine.ts';
import { systemClock } from '../../kernel/clock.ts';
import { centreSnapshot } from './centre-snapshots.ts';
import type { PavilionPower, PowerMapView as PowerMap } from './schemas.ts';

export type { PavilionPower, PowerMap };

/**
 * Who holds each pavilion of a centre: members by group, the dominant group, the leaders
 * present, and the rivals of the dominant group inside. The early warning's leadership vacuum
 * and rival co-location start from these facts.
 */
export async function powerMap(db: Queryable, centre: string, at: Date = systemClock.now()): Promise<PowerMap> {
  const snapshot = await centreSnapshot(db, centre, at, { cache: db });
  const { groups, neighbourhood, places, profiles } = snapshot;
  const onRoll = new Map<string, number>();
  const leaders = new Map<string, PavilionPower['leaders']>();
  for (const o of snapshot.occupants) {
    const pavilion = o.location ? places.get(o.location)?.pavilion : null;
    if (!pavilion) continue;
    onRoll.set(pavilion, (onRoll.get(pavilion) ?? 0) + 1);
    for (const role of groups.rolesOf.get(o.person) ?? []) {
      if (role.role !== 'leader' && role.role !== 'lieutenant') continue;
      const list = leaders.get(pavilion) ?? [];
      list.push({ person: o.person, name: profiles.get(o.person)?.name ?? o.person, group: role.group, groupName: groups.groupName(role.group), role: role.role });
      leaders.set(pavilion, list);
    }
  }
  const pavilions = snapshot.tree
    .filter((l) => l.kind === 'pavilion')
    .map((p): PavilionPower => {
      const power = neighbourhood.pavilionGroups(p.code);
      const members = [...power.groups]
        .map(([code, n]) => ({ code, name: groups.groupName(code), members: n }))
        .sort((a, b) => b.members - a.members || a.code.localeCompare(b.code));
      const dominant = power.dominant;
      return {
        code: p.code,
        name: p.name,
        onRoll: onRoll.get(p.code) ?? 0,
        affiliated: power.affiliated,
        groups: members,
        dominant: dominant ? { code: dominant.group, name: groups.groupName(dominant.group), members: dominant.members, share: dominant.share } : null,
        leaders: (leaders.get(p.code) ?? []).sort((a, b) => (a.role === b.role ? a.person.localeCompare(b.person) : a.role === 'leader' ? -1 : 1)),
        rivals: dominant ? members.filter((m) => groups.areRivals(dominant.group, m.code)) : [],
      };
    });
  return { centre, at: at.toISOString(), pavilions };
}
