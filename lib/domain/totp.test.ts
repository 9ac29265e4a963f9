import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpCodeAt, totpStep, totpUri, verifyTotp } from './totp';

const secret = newTotpSecret();
const step = 60_000_000;
const epoch = step * 30 + 7; // 7 seconds into the step

describe('TOTP', () => {
  it('makes 160-bit base32 secrets', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('accepts the current code and one step either side, nothing further', async () => {
    expect(await verifyTotp(secret, await totpCodeAt(secret, step), { epoch })).toBe(step);
    expect(await verifyTotp(secret, await totpCodeAt(secret, step - 1), { epoch })).toBe(step - 1);
    expect(await verifyTotp(secret, await totpCodeAt(secret, step + 1), { epoch })).toBe(step + 1);
    const far = [await totpCodeAt(secret, step - 2), await totpCodeAt(secret, step + 2)];
    const near = [await totpCodeAt(secret, step - 1), await totpCodeAt(secret, step), await totpCodeAt(secret, step + 1)];
    for (const code of far.filter((c) => !near.includes(c))) expect(await verifyTotp(secret, code, { epoch })).toBeNull();
  });

  it('refuses a code of a step already used, or older', async () => {
    const code = await totpCodeAt(secret, step);
    expect(await verifyTotp(secret, code, { epoch, afterStep: step })).toBeNull();
    expect(await verifyTotp(secret, code, { epoch, afterStep: step + 1 })).toBeNull();
    expect(await verifyTotp(secret, code, { epoch, afterStep: step - 1 })).toBe(step);
    expect(await verifyTotp(secret, await totpCodeAt(secret, step + 1), { epoch, afterStep: step })).toBe(step + 1);
  });

  it('forgives spaces and refuses malformed codes without throwing', async () => {
    const code = await totpCodeAt(secret, step);
    expect(await verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { epoch })).toBe(step);
    for (const bad of ['', '12345', '1234567', 'abcdef', '１２３４５６', `${code}0`]) {
      expect(await verifyTotp(secret, bad, { epoch }), bad).toBeNull();
    }
  });

  it('checks against the right secret only', async () => {
    const other = newTotpSecret();
    const code = await totpCodeAt(other, step);
    const mine = [step - 1, step, step + 1].map((s) => totpCodeAt(secret, s));
    if (!(await Promise.all(mine)).includes(code)) expect(await verifyTotp(secret, code, { epoch })).toBeNull();
  });

  it('counts steps of 30 seconds and builds the app link', () => {
    expect(totpStep(59)).toBe(1);
    expect(totpStep(60)).toBe(2);
    expect(totpUri(secret, 'taro@example.jp')).toBe(
      `otpauth://totp/Kumo%20Check:taro%40example.jp?secret=${secret}&issuer=Kumo%20Check`,
    );
  });
});
