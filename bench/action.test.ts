import { describe, expect, it } from 'vitest';
import { actionResult, encodeArgs } from './action';

describe('server action wire format', () => {
  it('escapes strings that start with $ the way React does', () => {
    expect(encodeArgs([{ memo: '$100', n: 1 }])).toBe('[{"memo":"$$100","n":1}]');
  });

  it('reads the result from a referenced row', () => {
    const body = '0:{"a":"$@1","f":"","b":"build"}\n1:{"kind":"saved","answer":{"version":3}}\n2:["$","div",null,{}]\n';
    expect(actionResult(body)).toEqual({ kind: 'saved', answer: { version: 3 } });
  });

  it('reads an inline result, and nothing from a body that is not RSC', () => {
    expect(actionResult('0:{"a":{"kind":"conflict","current":null}}\n')).toEqual({ kind: 'conflict', current: null });
    expect(actionResult('<!doctype html>')).toBeUndefined();
  });
});
