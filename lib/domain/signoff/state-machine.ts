// The sign-off state machine (issue D), pure. A decision moves:
//   DRAFT ──submit──▶ SUBMITTED ──confirm (IT owner)──▶ CONFIRMED ──approve (manager)──▶ APPROVED
//                         │                                  ├──return (manager)──▶ RETURNED ──submit──▶ SUBMITTED
//                         └──return (manager)──▶ RETURNED     └──reject (manager)──▶ REJECTED
// APPROVED and REJECTED are final for that revision; editing afterwards opens the next revision (back to DRAFT).
import type { Role } from '../permissions';

export type DecisionStatus = 'DRAFT' | 'SUBMITTED' | 'CONFIRMED' | 'APPROVED' | 'RETURNED' | 'REJECTED';
export type SignOffEvent = 'submit' | 'confirm' | 'approve' | 'return' | 'reject' | 'reopen';

type Transition = { from: readonly DecisionStatus[]; to: DecisionStatus; roles: readonly Role[] };

export const transitions: Record<SignOffEvent, Transition> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: ['MANAGER', 'IT_OWNER'] },
  confirm: { from: ['SUBMITTED'], to: 'CONFIRMED', roles: ['IT_OWNER'] },
  approve: { from: ['CONFIRMED'], to: 'APPROVED', roles: ['MANAGER'] },
  reject: { from: ['CONFIRMED'], to: 'REJECTED', roles: ['MANAGER'] },
  return: { from: ['SUBMITTED', 'CONFIRMED'], to: 'RETURNED', roles: ['MANAGER'] },
  // An edit after a final verdict opens the next revision.
  reopen: { from: ['APPROVED', 'REJECTED'], to: 'DRAFT', roles: ['MANAGER', 'IT_OWNER'] },
};

export type TransitionRefusal = 'wrongState' | 'wrongRole';

export function nextStatus(status: DecisionStatus, event: SignOffEvent, role: Role): { ok: true; to: DecisionStatus } | { ok: false; reason: TransitionRefusal } {
  const t = transitions[event];
  if (!t.from.includes(status)) return { ok: false, reason: 'wrongState' };
  if (!t.roles.includes(role)) return { ok: false, reason: 'wrongRole' };
  return { ok: true, to: t.to };
}

/** Answers may be edited only while nobody is signing the revision. */
export function isEditable(status: DecisionStatus) {
  return status === 'DRAFT' || status === 'RETURNED';
}
