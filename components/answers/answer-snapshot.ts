// A saved answer as it crosses from the server to the browser: plain JSON (the date as an ISO string), so the
// same shape serves page props and the save action's result, conflicts included.
import type { Facts } from '@/lib/domain/checklist/types';
import type { AnswerStatus } from '@/lib/domain/progress';
import type { AnswerView } from '@/lib/server/answers';

export type AnswerSnapshot = {
  version: number;
  updatedAt: string;
  /** Null when the person who saved it is no longer a member. */
  updatedByName: string | null;
  status: AnswerStatus;
  memo: string;
  subPoints: string[];
  facts: Facts;
  riskAcceptable: boolean | null;
  riskReason: string;
  riskMitigation: string;
};

export function toSnapshot(a: AnswerView): AnswerSnapshot {
  return {
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
    updatedByName: a.updatedByName,
    status: a.status,
    memo: a.memo,
    subPoints: [...a.subPoints],
    facts: { ...a.facts } as Facts,
    riskAcceptable: a.riskAcceptable,
    riskReason: a.riskReason,
    riskMitigation: a.riskMitigation,
  };
}
