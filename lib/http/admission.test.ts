import { afterEach, describe, expect, it, vi } from 'vitest';
import { Admission } from './admission';

afterEach(() => vi.useRealTimers());

describe('Admission', () => {
  it('runs up to maxActive at once and admits waiters in arrival order as others finish', async () => {
    const gate = new Admission({ maxActive: 2, maxQueue: 5, maxWaitMs: 1_000 });
    const a = await gate.enter();
    const b = await gate.enter();
    const order: string[] = [];
    const c = gate.enter().then((r) => (order.push('c'), r));
    const d = gate.enter().then((r) => (order.push('d'), r));
    expect(gate.load).toEqual({ active: 2, queued: 2 });
    if (!a.ok || !b.ok) throw new Error('first two must be admitted');
    a.release();
    a.release(); // a second release of the same request changes nothing
    await c;
    expect(gate.load).toEqual({ active: 2, queued: 1 });
    b.release();
    expect((await d).ok).toBe(true);
    expect(order).toEqual(['c', 'd']);
  });

  it('refuses at once when the line is full, and after maxWaitMs in line', async () => {
    vi.useFakeTimers();
    const gate = new Admission({ maxActive: 1, maxQueue: 1, maxWaitMs: 500 });
    await gate.enter();
    const waiting = gate.enter();
    expect(await gate.enter()).toEqual({ ok: false, why: 'queueFull' });
    vi.advanceTimersByTime(501);
    expect(await waiting).toEqual({ ok: false, why: 'waitedTooLong' });
    expect(gate.load).toEqual({ active: 1, queued: 0 });
    expect(gate.stats).toMatchObject({ refused: 2, peakActive: 1, peakQueue: 1 });
  });

  it('never lets a late arrival overtake someone already waiting', async () => {
    const gate = new Admission({ maxActive: 1, maxQueue: 5, maxWaitMs: 1_000 });
    const first = await gate.enter();
    const second = gate.enter();
    if (!first.ok) throw new Error('unexpected');
    first.release();
    const third = gate.enter(); // a slot is free but `second` was first in line
    expect((await second).ok).toBe(true);
    expect(gate.load).toEqual({ active: 1, queued: 1 });
    void third;
  });
});
