import { describe, expect, it } from 'vitest';
import { acceptNewAccountSchema, changeRoleSchema, invitationTokenSchema, inviteSchema } from './team';

describe('team schemas', () => {
  it('drop company, user and status fields smuggled into a payload (security.md 3)', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(changeRoleSchema.parse({ membershipId: id, role: 'ADVISOR', companyId: id, userId: id })).toEqual({
      membershipId: id,
      role: 'ADVISOR',
    });
    expect(
      acceptNewAccountSchema.parse({ token: 'a'.repeat(43), name: '花子', password: 'p', email: 'attacker@example.jp', role: 'MANAGER' }),
    ).not.toHaveProperty('email');
  });

  it('refuse unknown roles and malformed ids', () => {
    expect(changeRoleSchema.safeParse({ membershipId: '1 OR 1=1', role: 'ADVISOR' }).success).toBe(false);
    expect(inviteSchema.safeParse({ email: 'a@example.jp', role: 'OWNER', locale: 'ja' }).success).toBe(false);
    expect(inviteSchema.safeParse({ email: 'a@example.jp', role: ['MANAGER'], locale: 'ja' }).success).toBe(false);
  });

  it('normalise the invited address and keep passwords exactly as typed', () => {
    expect(inviteSchema.parse({ email: '  Hanako@Example.JP ', role: 'IT_OWNER', locale: 'en' }).email).toBe('hanako@example.jp');
    expect(acceptNewAccountSchema.parse({ token: 'a'.repeat(43), name: ' 花子 ', password: ' 空白 ' })).toMatchObject({ name: '花子', password: ' 空白 ' });
  });

  it('accept only token-shaped strings as link tokens', () => {
    expect(invitationTokenSchema.safeParse('oF0tlgAhXxIq9NuD4l4IaZ0heo1UfmdgYHLlwknzfkg').success).toBe(true);
    for (const bad of ['../../x', 'a'.repeat(5000), "' OR 1=1", '']) expect(invitationTokenSchema.safeParse(bad).success).toBe(false);
  });
});
