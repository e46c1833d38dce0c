import type { Queryable } from '../../db/engine.ts';
import { findStays, type KnownState, type MovementPlan } from '../roll/index.ts';

interface Interval {
  centre: string;
  from: number;
  to: number;
}

/** A question the bundle cannot answer: the person's history then is in the database. */
interface Question {
  person: string;
  centre: string;
  at: Date;
  onRefused: () => void;
}

/**
 * Who was on the roll of which centre when, as the import will leave it: the state each person
 * starts from (custody.csv, or the database's open stay) until their first replayed movement,
 * then the stays the replay of movements.csv plans. A time before all of that is asked of the
 * database's stays, in one query per instant and centre. An interval includes its end, so a person
 * who dies or leaves at the instant an incident starts was still there.
 */
export class CustodyTimeline {
  private readonly intervals = new Map<string, Interval[]>();
  private readonly questions: Question[] = [];

  constructor(initial: ReadonlyMap<string, KnownState>, plan: MovementPlan) {
    const firstMovement = new Map<string, number>();
    for (const m of plan.movements) {
      const at = m.at.getTime();
      if (at < (firstMovement.get(m.person) ?? Infinity)) firstMovement.set(m.person, at);
    }
    for (const [person, known] of initial) {
      this.add(person, { centre: known.state.centre, from: known.state.since.getTime(), to: firstMovement.get(person) ?? Infinity });
    }
    for (const stay of plan.stays) {
      this.add(stay.person, { centre: stay.centre, from: stay.validFrom.getTime(), to: stay.validTo?.getTime() ?? Infinity });
    }
  }

  private add(person: string, interval: Interval): void {
    const list = this.intervals.get(person);
    if (list) list.push(interval);
    else this.intervals.set(person, [interval]);
  }

  /** Checks that `person` was on the roll of `centre` at `at`; `onRefused` is called (now, or by `settle`) if not. */
  expect(person: string, centre: string, at: Date, onRefused: () => void): void {
    const t = at.getTime();
    const list = this.intervals.get(person) ?? [];
    if (list.some((i) => i.centre === centre && i.from <= t && t <= i.to)) return;
    const earliest = Math.min(...list.map((i) => i.from));
    if (t < earliest) this.questions.push({ person, centre, at, onRefused });
    else onRefused();
  }

  /** Asks the database the questions the bundle could not answer. */
  async settle(db: Queryable): Promise<void> {
    const groups = new Map<string, Question[]>();
    for (const q of this.questions) {
      const key = `${q.at.toISOString()}|${q.centre}`;
      const list = groups.get(key);
      if (list) list.push(q);
      else groups.set(key, [q]);
    }
    for (const list of groups.values()) {
      const first = list[0] as Question;
      const found = await findStays(db, { at: first.at, centre: first.centre, people: [...new Set(list.map((q) => q.person))] });
      const there = new Set(found.map((s) => s.person));
      for (const q of list) if (!there.has(q.person)) q.onRefused();
    }
    this.questions.length = 0;
  }
}
