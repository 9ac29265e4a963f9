import { afterEach, describe, expect, it, vi } from 'vitest';
import { DbBreaker } from './db-breaker';

afterEach(() => vi.useRealTimers());

describe('DbBreaker', () => {
  it('stays closed when the probe reaches the database (the 500 had another cause)', async () => {
    const breaker = new DbBreaker(async () => true);
    await breaker.suspect();
    expect(breaker.open).toBe(false);
  });

  it('opens when the probe fails or throws, and closes once a background probe succeeds', async () => {
    vi.useFakeTimers();
    let reachable = false;
    const probe = vi.fn(async () => {
      if (!reachable) throw new Error('ECONNREFUSED');
      return true;
    });
    const breaker = new DbBreaker(probe, 500);
    await breaker.suspect();
    expect(breaker.open).toBe(true);
    await breaker.suspect(); // already open: no extra probe
    expect(probe).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(breaker.open).toBe(true);
    reachable = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(breaker.open).toBe(false);
    expect(breaker.stats).toMatchObject({ opened: 1, closed: 1 });
    breaker.stop();
  });
});
