'use server';
import { revalidatePath } from 'next/cache';
import { changeRoleSchema, invitationIdSchema, inviteSchema, removeMemberSchema } from '@/lib/schemas/team';
import { tenantAction, type ActionResult } from '@/lib/server/action';
import { createInvitation, resendInvitation, revokeInvitation } from '@/lib/server/invitations';
import { changeMemberRole, removeMember } from '@/lib/server/members';

// Thin doors to lib/server: the wrapper authenticates (fresh membership), parses and authorizes; the data layer
// checks the role again and scopes every row to the session's company. The ids in these forms are only wishes.
const refresh = () => revalidatePath('/[locale]/members', 'page');

const invite = tenantAction('members.manage', inviteSchema, async (viewer, input) => {
  await createInvitation(viewer, input);
  refresh();
  return { email: input.email };
});

const resend = tenantAction('members.manage', invitationIdSchema, async (viewer, input) => {
  await resendInvitation(viewer, input);
  refresh();
});

const revoke = tenantAction('members.manage', invitationIdSchema, async (viewer, input) => {
  await revokeInvitation(viewer, input);
  refresh();
});

const changeRole = tenantAction('members.manage', changeRoleSchema, async (viewer, input) => {
  await changeMemberRole(viewer, input);
  refresh();
});

const remove = tenantAction('members.manage', removeMemberSchema, async (viewer, input) => {
  await removeMember(viewer, input);
  refresh();
});

export async function inviteAction(prev: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  return invite(prev, formData);
}

export async function resendInvitationAction(prev: unknown, formData: FormData): Promise<ActionResult<void>> {
  return resend(prev, formData);
}

export async function revokeInvitationAction(prev: unknown, formData: FormData): Promise<ActionResult<void>> {
  return revoke(prev, formData);
}

export async function changeRoleAction(prev: unknown, formData: FormData): Promise<ActionResult<void>> {
  return changeRole(prev, formData);
}

export async function removeMemberAction(prev: unknown, formData: FormData): Promise<ActionResult<void>> {
  return remove(prev, formData);
}
