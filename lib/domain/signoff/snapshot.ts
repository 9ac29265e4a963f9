// The frozen content of a decision revision (issue D). Signing stores this canonical JSON and its SHA-256; the
// PDF and the public verification page are rendered from it, so the same revision always yields the same document.
// Canonical form: keys sorted at every level, text NFC-normalised with LF line ends, arrays in a defined order.
import type { Facts } from '../checklist/types';
import type { AnswerStatus } from '../progress';

export const SNAPSHOT_SCHEMA = 'kumo-decision-snapshot/1';

export type SnapshotCandidate = {
  id: string;
  position: number;
  name: string;
  provider: string;
  url: string;
  category: string;
  plan: string;
  priceNotes: string;
};

export type SnapshotAnswer = {
  candidateId: string;
  itemKey: string;
  status: AnswerStatus;
  memo: string;
  facts: Facts;
  subPoints: string[];
  riskAcceptable: boolean | null;
  riskReason: string;
  riskMitigation: string;
  updatedByName: string;
  updatedAt: string;
};

export type DecisionSnapshot = {
  schema: typeof SNAPSHOT_SCHEMA;
  company: { id: string; name: string };
  decision: {
    id: string;
    title: string;
    revision: number;
    scopeBusiness: string;
    scopeInformation: string;
    needs: { selected: string[]; note: string };
    infoImportance: { selected: string[]; note: string };
    template: { key: string; version: number };
  };
  candidates: SnapshotCandidate[];
  answers: SnapshotAnswer[];
};

/** Text as it is hashed: Unicode NFC and LF line ends, so the same words always give the same hash. */
export function normaliseText(s: string) {
  return s.normalize('NFC').replace(/\r\n?/g, '\n');
}

function canonicalValue(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonicalValue(v);
    }
    return out;
  }
  return value;
}

/** Orders candidates by position and answers by candidate position then item key, before serialising. */
export function canonicalSnapshot(snapshot: DecisionSnapshot): string {
  const position = new Map(snapshot.candidates.map((c) => [c.id, c.position]));
  const ordered: DecisionSnapshot = {
    ...snapshot,
    candidates: [...snapshot.candidates].sort((a, b) => a.position - b.position),
    answers: [...snapshot.answers].sort(
      (a, b) => (position.get(a.candidateId) ?? 0) - (position.get(b.candidateId) ?? 0) || a.itemKey.localeCompare(b.itemKey),
    ),
  };
  return JSON.stringify(canonicalValue(ordered));
}
