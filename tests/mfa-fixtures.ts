import { nowSeconds, totpCodeAt, totpStep } from '@/lib/domain/totp';
import { beginMfaEnrolment, confirmMfaEnrolment, mfaStatus } from '@/lib/server/mfa';
import type { Member } from './fixtures';

/** Turns two-step sign-in on for a fixture member through the real enrolment; returns what the user would keep. */
export async function enrolMfa(member: Member) {
  await beginMfaEnrolment(member);
  const { pending } = await mfaStatus(member);
  if (!pending) throw new Error('enrolment did not start');
  const step = totpStep(nowSeconds());
  const recoveryCodes = await confirmMfaEnrolment(member, await totpCodeAt(pending.secret, step));
  return { secret: pending.secret, recoveryCodes, usedStep: step };
}
