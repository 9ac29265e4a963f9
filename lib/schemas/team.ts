import { z } from 'zod';
import { PASSWORD_MAX } from '@/lib/domain/password-policy';
import { roles } from '@/lib/domain/permissions';
import { line } from './text';

// Shared by the team forms and their server actions. Messages are catalog keys (validation / teamErrors).
// z.object strips unknown keys: a companyId, userId or status smuggled into a payload never reaches the data layer
// (security.md 3); the company always comes from the session's tenant context.
const email = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(320, 'tooLong')
  .pipe(z.email({ error: 'email' }))
  .transform((v) => v.toLowerCase());

const id = z.uuid({ error: 'notFound' });
const role = z.enum(roles, { error: 'required' });

export const inviteSchema = z.object({
  email,
  role,
  locale: z.enum(['ja', 'en'], { error: 'required' }),
});

export const invitationIdSchema = z.object({ invitationId: id });

export const changeRoleSchema = z.object({ membershipId: id, role });

export const removeMemberSchema = z.object({ membershipId: id });

// Link tokens are 43 base64url characters (newToken); anything else cannot be a token and is refused unread.
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const acceptNewAccountSchema = z.object({
  token: invitationTokenSchema,
  name: line(100),
  // Never trimmed or normalised: checked exactly as typed (ASVS 6.2.8).
  password: z.string({ error: 'required' }).min(1, 'required').max(PASSWORD_MAX * 4, 'tooLong'),
});

export const joinSchema = z.object({ token: invitationTokenSchema });

export const switchCompanySchema = z.object({ companyId: id });

export type InviteInput = z.infer<typeof inviteSchema>;
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
export type AcceptNewAccountInput = z.infer<typeof acceptNewAccountSchema>;

/** For the data layer: an id that is not a UUID cannot name a row, so it is answered like an unknown one. */
export const isUuid = (value: unknown): value is string => z.uuid().safeParse(value).success;
