import { describe, expect, it } from 'vitest';
import { findingContent, isEmptyPlan, planAlerts, type KnownAlert } from './alert-plan.ts';
import type { Finding } from './signals/facts.ts';

const finding = (subject: string, over: Partial<Finding> = {}): Finding => ({
  type: 'leadership_vacuum',
  centre: 'LIT',
  location: 'LIT-P2',
  subject,
  severity: 'high',
  score: 5,
  since: '2021-11-10T12:00:00.000Z',
  reasons: [{ es: `motivo ${subject}`, en: `reason ${subject}` }],
  persons: ['P1'],
  groups: ['LOBOS'],
  restricted: true,
  timeline: [],
  ...over,
});

const stored = (id: string, f: Finding, open = true): KnownAlert => ({
  id,
  type: f.type,
  subject: f.subject,
  severity: f.severity,
  peakSeverity: f.severity,
  score: f.score,
  location: f.location,
  since: f.since,
  restricted: f.restricted,
  content: findingContent(f),
  open,
});

describe('planning a centre’s alerts from its findings', () => {
  it('raises a new subject, keeps an unchanged one untouched, resolves one whose finding is gone', () => {
    const kept = finding('P2');
    const plan = planAlerts([stored('a', kept), stored('b', finding('P3'))], [kept, finding('P4')]);
    expect(plan.raise.map((f) => f.subject)).toEqual(['P4']);
    expect(plan.update).toEqual([]);
    expect(plan.resolve.map((a) => a.id)).toEqual(['b']);
  });

  it('updates a known subject whose score, reasons or people changed, noting when its severity changed', () => {
    const before = finding('P2');
    const plan = planAlerts([stored('a', before), stored('b', finding('P3'))], [finding('P2', { score: 6 }), finding('P3', { severity: 'critical' })]);
    expect(plan.update.map((u) => [u.alert.id, u.severityChanged])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(isEmptyPlan(planAlerts([stored('a', before)], [finding('P2', { persons: ['P1'] })]))).toBe(true);
    expect(planAlerts([stored('a', before)], [finding('P2', { persons: ['P1', 'P9'] })]).update).toHaveLength(1);
  });

  it('does not raise again a subject resolved by hand while it holds at no higher severity, and does when it worsens', () => {
    const quiet = stored('a', finding('P2'), false);
    expect(isEmptyPlan(planAlerts([quiet], [finding('P2', { score: 7 })]))).toBe(true);
    const worse = planAlerts([quiet], [finding('P2', { severity: 'critical' })]);
    expect(worse.raise.map((f) => f.subject)).toEqual(['P2']);
    expect(worse.release.map((a) => a.id)).toEqual(['a']);
  });

  it('stops suppressing a hand-resolved subject once its finding is gone, so its return raises a new alert', () => {
    const plan = planAlerts([stored('a', finding('P2'), false)], []);
    expect(plan.release.map((a) => a.id)).toEqual(['a']);
    expect(plan.raise).toEqual([]);
  });

  it('gives the same plan whatever the order of the findings, keeping the highest score of a subject found twice', () => {
    const findings = [finding('P2', { score: 3 }), finding('P4'), finding('P2', { score: 8 }), finding('P5')];
    const one = planAlerts([], findings);
    const other = planAlerts([], [...findings].reverse());
    expect(one).toEqual(other);
    expect(one.raise.map((f) => [f.subject, f.score])).toEqual([
      ['P2', 8],
      ['P4', 5],
      ['P5', 5],
    ]);
  });

  it('raises nothing and resolves nothing on a quiet centre', () => {
    expect(isEmptyPlan(planAlerts([], []))).toBe(true);
  });
});
