import type { CustodyRow, PersonRow } from '../interchange/index.ts';
import type { LegalStatus, PersonSex, RiskLevel } from '../../kernel/vocabulary.ts';
import type { PlannedCell } from './locations.ts';
import { drawName, drawNationalId } from './names.ts';
import { drawMaxPenalty, drawOffence, drawRisk, pretrialLimitMonths } from './offences.ts';
import type { Slot } from './place-people.ts';
import type { Random } from './random.ts';

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.25 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;
/** How far back admissions go. */
const HISTORY_YEARS = 8;
/** Share of the unsentenced held beyond the legal limit of preventive detention. */
const OVERDUE_SHARE = 0.18;

/** A person as the movement history needs them. */
export interface Inmate {
  id: string;
  sex: PersonSex;
  centre: string;
  cell: PlannedCell | null;
  legalStatus: LegalStatus;
  risk: RiskLevel;
  admittedAt: number;
  maxPenaltyYears: number;
}

export interface People {
  persons: Omit<PersonRow, 'line'>[];
  custody: Omit<CustodyRow, 'line'>[];
  inmates: Inmate[];
}

const NATIONALITIES = [['ECU', 900], ['COL', 55], ['VEN', 35], ['PER', 10]] as const;
const NATIONALITIES_BORDER = [['ECU', 35], ['COL', 50], ['VEN', 12], ['PER', 3]] as const;

/** Ages now: mostly 20–40, from 18 to 70. */
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 20], 5],
  [[20, 30], 38],
  [[30, 40], 32],
  [[40, 50], 15],
  [[50, 60], 7],
  [[60, 70], 3],
];

export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** An instant on the day `ms` falls on, in office hours in Ecuador (13:00–22:59 UTC = 08:00–17:59). */
function officeHours(ms: number, rng: Random): number {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  return day + rng.int(13, 22) * 3_600_000 + rng.int(0, 59) * 60_000;
}

function legalStatusOf(slot: Slot, rng: Random): LegalStatus {
  const plan = slot.layout.plan;
  if (slot.recent) return rng.chance(0.9) ? 'pretrial' : 'sentenced';
  if (plan.reference.provisional) return 'pretrial';
  const regime = slot.cell?.regime;
  if (regime === 'pretrial' || regime === 'sentenced') return regime;
  const chance = regime === 'mixed' ? slot.layout.mixedPretrialChance : plan.pretrialShare;
  return rng.chance(chance) ? 'pretrial' : 'sentenced';
}

/** How long ago the person was admitted, in ms. */
function elapsedSinceAdmission(slot: Slot, status: LegalStatus, penalty: number, window: number, rng: Random): number {
  if (slot.recent) return rng.between(0, 3 * DAY_MS);
  let elapsed: number;
  if (status === 'pretrial') {
    const limit = pretrialLimitMonths(penalty) * MONTH_MS;
    elapsed = rng.chance(OVERDUE_SHARE) ? rng.between(limit + 2 * DAY_MS, limit + YEAR_MS) : rng.between(4 * DAY_MS, limit - 2 * DAY_MS);
  } else {
    // Still serving: admitted less than the maximum penalty ago; recent admissions more common.
    const longest = Math.min(HISTORY_YEARS * YEAR_MS, penalty * YEAR_MS * 0.95);
    elapsed = 30 * DAY_MS + (longest - 30 * DAY_MS) * rng.next() ** 1.3;
  }
  return Math.min(elapsed, window);
}

function birthDate(admittedAt: number, now: number, rng: Random): string {
  const [lo, hi] = rng.weighted(AGE_BANDS);
  let birth = now - rng.between(lo, hi) * YEAR_MS;
  const latest = admittedAt - 18 * YEAR_MS - DAY_MS;
  if (birth > latest) birth = latest - rng.between(0, 3 * YEAR_MS);
  return isoInstant(birth).slice(0, 10);
}

/**
 * Persons and their custody rows, one per slot: identity drawn to suit the centre (sex, mostly
 * Ecuadorian), legal status from the pavilion's regime, risk from its security, offence and COIP
 * penalty to suit, admission date to suit the status (a share of the unsentenced past the legal
 * limit of preventive detention).
 */
export function generatePeople(slots: readonly Slot[], now: Date, rng: Random): People {
  const nowMs = now.getTime();
  const persons: People['persons'] = [];
  const custody: People['custody'] = [];
  const inmates: Inmate[] = [];
  const nationalIds = new Set<string>();
  slots.forEach((slot, index) => {
    const id = `P${String(index + 1).padStart(7, '0')}`;
    const plan = slot.layout.plan;
    const nationality = rng.weighted(plan.reference.mostlyForeign ? NATIONALITIES_BORDER : NATIONALITIES);
    const name = drawName(slot.sex, nationality, rng);
    let nationalId: string | null = null;
    if (nationality === 'ECU' || rng.chance(0.5)) {
      do nationalId = drawNationalId(plan.row.province, rng);
      while (nationalIds.has(nationalId));
      nationalIds.add(nationalId);
    }
    const legalStatus = legalStatusOf(slot, rng);
    const risk = drawRisk(slot.cell?.security ?? 'medium', rng);
    const offence = drawOffence(slot.sex, risk, rng);
    const maxPenaltyYears = drawMaxPenalty(offence, rng);
    const opened = plan.reference.openedOn ? Date.parse(`${plan.reference.openedOn}T00:00:00Z`) : undefined;
    const window = opened !== undefined && opened < nowMs - 7 * DAY_MS ? nowMs - opened - DAY_MS : HISTORY_YEARS * YEAR_MS;
    let admittedAt = officeHours(nowMs - elapsedSinceAdmission(slot, legalStatus, maxPenaltyYears, window, rng), rng);
    while (admittedAt >= nowMs) admittedAt -= DAY_MS;
    const admitted = isoInstant(admittedAt);
    persons.push({
      id,
      nationalId,
      givenNames: name.givenNames,
      familyNames: name.familyNames,
      aliases: name.aliases,
      birthDate: birthDate(admittedAt, nowMs, rng),
      sex: slot.sex,
      nationality,
    });
    custody.push({
      person: id,
      centre: plan.row.code,
      admittedAt: admitted,
      legalStatus,
      offence,
      maxPenaltyYears,
      pretrialSince: legalStatus === 'pretrial' ? admitted.slice(0, 10) : null,
      risk,
      location: slot.cell?.code ?? null,
    });
    inmates.push({ id, sex: slot.sex, centre: plan.row.code, cell: slot.cell, legalStatus, risk, admittedAt, maxPenaltyYears });
  });
  return { persons, custody, inmates };
}
