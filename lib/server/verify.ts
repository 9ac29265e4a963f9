import 'server-only';
import { db } from './db';

export type Verification = {
  companyName: string;
  decisionTitle: string;
  revision: number;
  verdict: 'APPROVED' | 'REJECTED' | null;
  chosenCandidate: string | null;
  signatures: { role: 'IT_OWNER' | 'MANAGER'; name: string; signedAt: Date }[];
};

/**
 * The public verification of a PDF (no sign-in): cross-tenant by design, through the SECURITY DEFINER function
 * verify_revision, which returns only what the PDF itself shows and only for a revision with the manager's
 * final signature. Anything else — unknown, malformed, unsigned — is simply null.
 */
export async function unsafeVerifyHash(hash: unknown): Promise<Verification | null> {
  if (typeof hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hash)) return null;
  const rows = await db().$queryRaw<
    { company_name: string; decision_title: string; revision: number; role: 'IT_OWNER' | 'MANAGER'; signer_name: string; signed_at: Date; verdict: 'APPROVED' | 'REJECTED' | null; chosen_candidate: string | null }[]
  >`SELECT company_name, decision_title, revision, role::text AS role, signer_name, signed_at, verdict::text AS verdict, chosen_candidate FROM verify_revision(${hash})`;
  const first = rows[0];
  if (!first) return null;
  const manager = rows.find((r) => r.role === 'MANAGER');
  return {
    companyName: first.company_name,
    decisionTitle: first.decision_title,
    revision: first.revision,
    verdict: manager?.verdict ?? null,
    chosenCandidate: manager?.chosen_candidate ?? null,
    signatures: rows.map((r) => ({ role: r.role, name: r.signer_name, signedAt: r.signed_at })),
  };
}
