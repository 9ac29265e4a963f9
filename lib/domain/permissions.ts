// Roles are data: one map, one pure can(), used by the data layer to enforce and by the UI to hide buttons
// (design.md "Roles"). Adding an action means adding one row here; TypeScript makes every role answer it.
export const roles = ['MANAGER', 'IT_OWNER', 'ADVISOR'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'company.view',
  'company.update',
  'members.manage',
  'audit.view',
  'decision.create',
  'candidate.edit',
  'item.assign',
  'answer.edit',
  'comment.create',
  'signoff.confirm',
  'signoff.approve',
  'pdf.download',
] as const;
export type Action = (typeof actions)[number];

const permissions = {
  MANAGER: [
    'company.view',
    'company.update',
    'members.manage',
    'audit.view',
    'decision.create',
    'candidate.edit',
    'item.assign',
    'answer.edit',
    'comment.create',
    'signoff.approve',
    'pdf.download',
  ],
  IT_OWNER: [
    'company.view',
    'decision.create',
    'candidate.edit',
    'item.assign',
    'answer.edit',
    'comment.create',
    'signoff.confirm',
    'pdf.download',
  ],
  ADVISOR: ['company.view', 'comment.create', 'pdf.download'],
} as const satisfies Record<Role, readonly Action[]>;

export function can(role: Role, action: Action): boolean {
  return (permissions[role] as readonly Action[]).includes(action);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
