/**
 * Limits login attempts per client address in a sliding one-minute window, in memory. Account
 * lockout (in the database) stops guessing one password; this stops spraying many accounts.
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; false if the address has used up its attempts for this minute. */
  tryAttempt(address: string): boolean {
    const now = this.now();
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.perMinute) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return true;
  }

  private prune(now: number) {
    for (const [address, times] of this.attempts) {
      if (times.every((t) => now - t >= 60_000)) this.attempts.delete(address);
    }
  }
}
