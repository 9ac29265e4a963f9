import { describe, expect, it } from 'vitest';
import { owner } from '@/tests/fixtures';
import { hit, isThrottled, reset, type Limit } from './throttle';


const limit: Limit = { scope: 'test', max: 5, windowSeconds: 60 };

describe('throttle', () => {
  it('counts concurrent attempts exactly once each', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => hit(limit, 'parallel@example.jp')));
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await isThrottled(limit, 'parallel@example.jp')).toBe(true);
 });

  it('keys case-insensitively and never stores the subject in clear', async () => {
    for (let i = 0; i < 5; i++) await hit(limit, 'Case@Example.jp');
    expect(await isThrottled(limit, 'case@example.jp')).toBe(true);
    const keys = await owner((c) => c.query('SELECT key FROM rate_limit'));
    expect(keys.rows.every((r) => /^[0-9a-f]{64}$/.test(r.key))).toBe(true);
 });

  it('starts a new window once the old one has passed, and resets on demand', async () => {
    for (let i = 0; i < 5; i++) await hit(limit, 'window@example.jp');
    await owner((c) => c.query("UPDATE rate_limit SET window_start = now() - interval '2 minutes'"));
    expect(await isThrottled(limit, 'window@example.jp')).toBe(false);
    expect(await hit(limit, 'window@example.jp')).toBe(1);
    await reset(limit, 'window@example.jp');
    expect(await isThrottled(limit, 'window@example.jp')).toBe(false);
 });
});
