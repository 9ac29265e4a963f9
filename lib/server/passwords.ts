import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { checkPassword, type PasswordProblem } from '@/lib/domain/password-policy';

// Argon2id with OWASP's minimum profile (19 MiB, t=2, p=1): ~15 ms per verify on the 2-core target machine.
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let common: Set<string> | undefined;
function isCommon(candidate: string) {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common.has(candidate);
}

export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  return checkPassword(password, { email, isCommon });
}

export function hashPassword(password: string) {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string) {
  return verify(passwordHash, password).catch(() => false);
}

// Verifying against this when the email is unknown keeps response times alike, so timing does not reveal accounts.
let dummyHash: Promise<string> | undefined;
export async function burnVerify(password: string) {
  dummyHash ??= hashPassword('kumo-check-dummy-password');
  await verifyPassword(await dummyHash, password);
}
