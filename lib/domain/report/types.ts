// Input and output of the decision report (issue D). The model is what the PDF renderer draws: every label is
// already resolved in the report's language, so the renderer only lays text out and never decides wording.
import type { ChecklistTemplate } from '../checklist/types';
import type { DecisionSnapshot } from '../signoff/snapshot';

export type ReportLocale = 'ja' | 'en';
export type SignatureRole = 'IT_OWNER' | 'MANAGER';

export type ReportSignature = { role: SignatureRole; name: string; signedAt: string; comment?: string };

export type ReportInput = {
  snapshot: DecisionSnapshot;
  /** The template the snapshot was answered against (getTemplate(snapshot.decision.template.key, .version)). */
  template: ChecklistTemplate;
  locale: ReportLocale;
  signatures: readonly ReportSignature[];
  verdict: 'APPROVED' | 'REJECTED' | null;
  chosenCandidateId: string | null;
  /** Oldest first. `at` is an ISO timestamp (printed in Japan time; anything else is printed as given); actor and
   * action are already human-readable in the report language. */
  auditTrail: readonly { at: string; actor: string; action: string }[];
  /** SHA-256 of canonicalSnapshot(snapshot) once signed; null means the report is a draft. */
  hash: string | null;
  verifyUrl: string | null;
};

export type LabelledText = { label: string; value: string };

export type ReportDetailItem = { title: string; fields: LabelledText[] };

export type ReportModel = {
  locale: ReportLocale;
  draft: boolean;
  /** PDF document information; creationDate is an ISO timestamp taken from the report, never the clock. */
  info: { title: string; subject: string; author: string; creationDate: string };
  /** Suggested download name without extension (may contain any characters; see attachmentHeader). */
  fileName: string;
  cover: {
    title: string;
    rows: LabelledText[];
    signaturesTitle: string;
    signatures: { role: string; name: string; at: string; comment: string | null }[];
    draftNote: string | null;
    hash: LabelledText | null;
    verify: { title: string; text: string; url: string } | null;
  };
  scope: { title: string; sections: { heading: string; lines: string[] }[] };
  candidates: { title: string; entries: { name: string; rows: LabelledText[] }[] };
  comparison: {
    title: string;
    lead: string;
    itemHeader: string;
    /** Candidate column headers in position order; the chosen one is marked. */
    columns: string[];
    groups: { heading: string; rows: { label: string; cells: string[] }[] }[];
    summary: { label: string; cells: string[] }[];
  };
  details: { title: string; groups: { heading: string; items: ReportDetailItem[] }[] }[];
  audit: { title: string; headers: [string, string, string]; rows: [string, string, string][]; empty: string };
  footer: { text: string; pageTemplate: string; draftBanner: string | null; missingGlyphNote: string };
};
