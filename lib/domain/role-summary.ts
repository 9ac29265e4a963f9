import { can, type Action, type Role } from './permissions';

// What each role may do, in the few words a member list can show. Derived from the one permission map, so the
// explanation on the members page can never promise more (or less) than the server enforces.
// Order matters: it is the order the phrases are read in.
export const roleHighlights = [
  'members.manage',
  'signoff.approve',
  'signoff.confirm',
  'answer.edit',
  'comment.create',
  'pdf.download',
] as const satisfies readonly Action[];

export type RoleHighlight = (typeof roleHighlights)[number];

export function highlightsFor(role: Role): RoleHighlight[] {
  return roleHighlights.filter((action) => can(role, action));
}
