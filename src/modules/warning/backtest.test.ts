import { describe, expect, it } from 'vitest';
import type { AlertType, IncidentType } from '../../kernel/vocabulary.ts';
import { addDays, scoreBacktest, type CentreDay, type SeriousIncident } from './backtest.ts';

/*
 * A tiny invented case, worked out by hand. Two centres, A and B, the period 10–19 January 2025
 * (10 days), days evaluated from 3 January (7 days before) in UTC.
 *
 * What happened (serious unless said):
 *   2024-12-20 12:00 riot at A-P2 (before the period: only the baseline sees it)
 *   2025-01-11 09:00 fight at A-P5 (not serious: ignored)
 *   2025-01-12 20:00 riot at A-P2
 *   2025-01-15 10:00 homicide at A-P5
 *   2025-01-18 03:00 escape at B, recorded for the centre as a whole
 * What the warning raised (high or critical, standing at the end of these days):
 *   leadership vacuum at A-P2      10–13 Jan        one alarm (10th), the riot follows: true
 *   weapons seized at A-P5         16–17 Jan        one alarm (16th), nothing follows: false
 *   overcrowding, B centre-wide    3–19 Jan         raised before the period: not an alarm of it
 *   rival co-location at B-P1      12 and 14 Jan    two alarms (two runs); the escape, centre-wide, follows both: true
 */

const at = (iso: string) => Date.parse(iso);
function incident(id: string, centre: string, pavilion: string | null, type: IncidentType, iso: string): SeriousIncident {
  return { id, centre, pavilion, type, at: at(iso), day: iso.slice(0, 10) };
}
const INCIDENTS: SeriousIncident[] = [
  incident('A-1', 'A', 'A-P2', 'riot', '2024-12-20T12:00:00Z'),
  incident('A-2', 'A', 'A-P5', 'fight', '2025-01-11T09:00:00Z'),
  incident('A-3', 'A', 'A-P2', 'riot', '2025-01-12T20:00:00Z'),
  incident('A-4', 'A', 'A-P5', 'homicide', '2025-01-15T10:00:00Z'),
  incident('B-1', 'B', null, 'escape', '2025-01-18T03:00:00Z'),
];

const STANDING: { centre: string; type: AlertType; pavilion: string | null; days: string[] }[] = [
  { centre: 'A', type: 'leadership_vacuum', pavilion: 'A-P2', days: ['2025-01-10', '2025-01-11', '2025-01-12', '2025-01-13'] },
  { centre: 'A', type: 'weapons_seized', pavilion: 'A-P5', days: ['2025-01-16', '2025-01-17'] },
  { centre: 'B', type: 'overcrowding', pavilion: null, days: Array.from({ length: 17 }, (_, i) => addDays('2025-01-03', i)) },
  { centre: 'B', type: 'rival_colocation', pavilion: 'B-P1', days: ['2025-01-12', '2025-01-14'] },
];

function daysOf(standing: typeof STANDING): CentreDay[] {
  const days: CentreDay[] = [];
  for (const centre of ['A', 'B']) {
    for (let i = 0; i < 17; i++) {
      const day = addDays('2025-01-03', i);
      const alerts = standing
        .filter((s) => s.centre === centre && s.days.includes(day))
        .map((s) => ({ key: `${s.type}|${s.pavilion ?? ''}`, type: s.type, pavilion: s.pavilion }));
      days.push({ centre, day, end: at(`${day}T23:59:59.999Z`), alerts });
    }
  }
  return days;
}

const score = scoreBacktest({ from: '2025-01-10', to: '2025-01-19', days: daysOf(STANDING), incidents: INCIDENTS });
// 2 centres × 10 days = 0.657 centre-months.
const CENTRE_MONTHS = (2 * 10) / (365.25 / 12);

describe('the backtest scoring, on a case worked out by hand', () => {
  it('counts the period’s serious incidents only', () => {
    expect(score.days).toBe(10);
    expect(score.centres).toBe(2);
    expect(score.incidents).toBe(3);
    expect(score.incidents_by_type).toEqual({ riot: 1, homicide: 1, escape: 1 });
    expect(score.lead_days).toEqual([1, 3, 7]);
  });

  it('finds an incident seen coming when an alert stood at its pavilion, or centre-wide, 1, 3 and 7 days before', () => {
    // Riot 12 Jan: the vacuum stood on the 11th, not the 9th or the 5th. Homicide 15 Jan: nothing at
    // A-P5 before (the vacuum at A-P2 is another pavilion). Escape 18 Jan: B's overcrowding stood throughout.
    expect(score.warning.hits).toEqual({ 1: 2, 3: 1, 7: 1 });
    expect(score.warning.recall).toEqual({ 1: 0.667, 3: 0.333, 7: 0.333 });
    expect(score.warning.by_type.leadership_vacuum?.recall).toEqual({ 1: 0.333, 3: 0, 7: 0 });
    expect(score.warning.by_type.overcrowding?.hits).toEqual({ 1: 1, 3: 1, 7: 1 });
  });

  it('counts one alarm per run of days, raised in the period, false when nothing serious followed at its place within 7 days', () => {
    expect(score.warning.alarms).toBe(4);
    expect(score.warning.false_alarms).toBe(1);
    expect(score.warning.false_alarms_per_centre_month).toBe(Math.round((1 / CENTRE_MONTHS) * 1000) / 1000);
    expect(score.warning.by_type.weapons_seized).toMatchObject({ alarms: 1, false_alarms: 1 });
    expect(score.warning.by_type.rival_colocation).toMatchObject({ alarms: 2, false_alarms: 0 });
    expect(score.warning.by_type.overcrowding).toMatchObject({ alarms: 0, false_alarms: 0 });
  });

  it('scores the naive baseline (alert where a serious incident happened in the last 30 days) the same way', () => {
    // A-P2 stands all period (riot of 20 Dec, then of 12 Jan): the riot is seen at every lead.
    // A-P5 from the homicide on, B from the escape on: two alarms, neither followed; neither incident foreseen.
    expect(score.baseline.hits).toEqual({ 1: 1, 3: 1, 7: 1 });
    expect(score.baseline.recall).toEqual({ 1: 0.333, 3: 0.333, 7: 0.333 });
    expect(score.baseline.alarms).toBe(2);
    expect(score.baseline.false_alarms).toBe(2);
  });

  it('gives no recall rather than zero when nothing serious happened', () => {
    const quiet = scoreBacktest({ from: '2025-01-10', to: '2025-01-19', days: daysOf(STANDING), incidents: [] });
    expect(quiet.incidents).toBe(0);
    expect(quiet.warning.recall).toEqual({ 1: null, 3: null, 7: null });
    expect(quiet.warning.false_alarms).toBe(4);
  });
});
