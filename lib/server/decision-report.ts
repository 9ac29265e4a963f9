import 'server-only';
import { getTemplate } from '@/lib/domain/checklist/registry';
import { buildReport } from '@/lib/domain/report/build-report';
import type { ReportInput, ReportLocale, ReportModel } from '@/lib/domain/report/types';
import type { DecisionSnapshot } from '@/lib/domain/signoff/snapshot';
import { appUrl } from './app-url';
import { readHistory } from './comments';
import { loadDecisionTree, memberNames } from './decision-tree';
import { liveSnapshot } from './signoff';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';
import { translatorFor } from './translator';

/**
 * The report of a decision: the signed revision (from its frozen snapshot, so the same revision always yields
 * the same document) when `revision` names one with the manager's signature, or when the current revision is
 * signed; otherwise a draft of the current content.
 */
export async function decisionReport(ctx: TenantContext, decisionId: unknown, opts: { revision?: unknown; locale: ReportLocale }): Promise<ReportModel> {
  await authorize(ctx, 'pdf.download');
  const input = await withTenant(ctx, async (tx): Promise<ReportInput> => {
    // One statement for the decision and everything under it; one more for a frozen revision; one for the trail.
    const tree = await loadDecisionTree(tx, ctx, decisionId);
    const wanted = typeof opts.revision === 'string' && /^\d{1,6}$/.test(opts.revision) ? Number(opts.revision) : tree.revision;
    const managerSig = tree.signOffs.find((s) => s.revision === wanted && s.role === 'MANAGER');
    const frozen = managerSig
      ? await tx.revisionSnapshot.findFirst({ where: scoped(ctx, { decisionId: tree.id, revision: wanted }) })
      : null;
    const snapshot: DecisionSnapshot = frozen ? (JSON.parse(frozen.canonical) as DecisionSnapshot) : liveSnapshot(tree);
    const signatures = frozen ? tree.signOffs.filter((s) => s.revision === wanted) : [];
    // A signed report's trail ends at the signature, so re-downloading it never changes the document.
    const events = await readHistory(tx, ctx, tree.id, memberNames(tree), { order: 'asc', until: managerSig?.signedAt, take: 500 });
    const t = translatorFor(opts.locale, 'reviews');
    const describe = (action: string, data: Record<string, unknown>) => {
      const values = { name: String(data.name ?? ''), item: String(data.item ?? ''), candidate: String(data.candidate ?? ''), revision: String(data.revision ?? '') };
      try {
        return t(`history.actions.${action.replaceAll('.', '_')}`, values);
      } catch {
        return t('history.other', { code: action });
      }
    };
    const template = getTemplate(snapshot.decision.template.key, snapshot.decision.template.version)!;
    return {
      snapshot,
      template,
      locale: opts.locale,
      signatures: signatures.map((s) => ({ role: s.role as 'IT_OWNER' | 'MANAGER', name: s.signerName, signedAt: s.signedAt.toISOString(), comment: s.comment || undefined })),
      verdict: (managerSig?.verdict as 'APPROVED' | 'REJECTED' | undefined) ?? null,
      chosenCandidateId: managerSig?.chosenCandidateId ?? null,
      auditTrail: events.map((e) => ({ at: e.at.toISOString(), actor: e.actorName || '—', action: describe(e.action, e.data) })),
      hash: frozen?.hash ?? null,
      verifyUrl: frozen ? appUrl(`/verify?hash=${frozen.hash}`, opts.locale) : null,
    };
  });
  return buildReport(input);
}
