import { z } from 'zod';
import { PASSWORD_MAX } from '@/lib/domain/password-policy';
import { line } from './text';

// Shared by the forms (client hints) and the server actions (the real check). Messages are catalog keys
// under "validation"; the form renders them in the user's language.
const email = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(320, 'tooLong')
  .pipe(z.email({ error: 'email' }))
  .transform((v) => v.toLowerCase());

// Passwords are never trimmed or normalised: they are checked exactly as typed (ASVS 6.2.8).
const password = z.string({ error: 'required' }).min(1, 'required').max(PASSWORD_MAX * 4, 'tooLong');

export const signInSchema = z.object({ email, password });

export const signUpSchema = z.object({
  companyName: line(200),
  name: line(100),
  email,
  password,
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
