import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('login throttle', () => {
  it('allows N attempts per address per minute, then refuses until the window moves on', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, () => now);
    expect([1, 2, 3].map(() => throttle.tryAttempt('10.0.0.1'))).toEqual([true, true, true]);
    expect(throttle.tryAttempt('10.0.0.1')).toBe(false);
    expect(throttle.tryAttempt('10.0.0.2')).toBe(true);
    now = 59_999;
    expect(throttle.tryAttempt('10.0.0.1')).toBe(false);
    now = 60_001;
    expect(throttle.tryAttempt('10.0.0.1')).toBe(true);
  });
});
