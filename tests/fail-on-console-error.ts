import { afterEach, beforeEach, expect, vi } from 'vitest';

// style.md: console.error during a test is a failure (it usually means a swallowed bug).
let calls: unknown[][] = [];
beforeEach(() => {
  calls = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(calls.map((a) => a.map(String).join(' ')), 'console.error was called').toEqual([]);
});
