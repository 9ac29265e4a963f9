import { z } from 'zod';
import { PASSWORD_MAX } from '@/lib/domain/password-policy';

// Shared by the account forms (client hints) and their server actions (the real check). Messages are catalog
// keys, looked up in "accountErrors" first and then "validation".
const email = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(320, 'tooLong')
  .pipe(z.email({ error: 'email' }))
  .transform((v) => v.toLowerCase());

// Passwords are never trimmed or normalised: they are checked exactly as typed (ASVS 6.2.8).
const password = z.string({ error: 'required' }).min(1, 'required').max(PASSWORD_MAX * 4, 'tooLong');

export const profileSchema = z.object({
  name: z.string({ error: 'required' }).trim().min(1, 'required').max(100, 'tooLong'),
  locale: z.enum(['ja', 'en'], { error: 'required' }),
});

export const changePasswordSchema = z
  .object({ currentPassword: password, newPassword: password, confirmPassword: password })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'passwordMismatch' });

export const forgotPasswordSchema = z.object({ email });

// The token is whatever the link carried; its shape is checked by the database lookup, not here.
export const resetPasswordSchema = z
  .object({ token: z.string({ error: 'required' }).min(1, 'required').max(200, 'tooLong'), password, confirmPassword: password })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'passwordMismatch' });

const code = z.string({ error: 'required' }).trim().min(1, 'required').max(64, 'tooLong');

export const mfaCodeSchema = z.object({ code });
export const mfaDisableSchema = z.object({ codeOrPassword: z.string({ error: 'required' }).min(1, 'required').max(PASSWORD_MAX * 4, 'tooLong') });
export const secondStepSchema = z.object({ mfaTicket: z.string().max(1000), code });
export const requireMfaSchema = z.object({ requireMfa: z.enum(['on', 'off']).transform((v) => v === 'on') });

export type ProfileInput = z.infer<typeof profileSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
