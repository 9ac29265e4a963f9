'use server';
import { refresh } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { toSnapshot, type AnswerSnapshot } from '@/components/answers/answer-snapshot';
import { AnswerConflict, saveAnswer } from '@/lib/server/answers';
import { AppError } from '@/lib/server/errors';
import { currentViewer } from '@/lib/server/session';

export type SaveAnswerPayload = { decisionId: string; candidateId: string; itemKey: string; expectedVersion: number; input: unknown };

/** Saved, refused because someone saved first (with their version), or refused with catalog keys. */
export type SaveAnswerResult =
  | { kind: 'saved'; answer: AnswerSnapshot }
  | { kind: 'conflict'; current: AnswerSnapshot | null }
  | { kind: 'error'; formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * Saves one candidate's answer. Not built on tenantAction: a conflict is data the editor needs (the other
 * version, shown next to the user's unsaved input), not just a message. saveAnswer authorizes, scopes and
 * re-validates everything; the payload is untrusted and only passed through.
 */
export async function saveAnswerAction(payload: SaveAnswerPayload): Promise<SaveAnswerResult> {
  const viewer = await currentViewer();
  if (!viewer) return { kind: 'error', formError: 'unauthenticated' };
  if (typeof payload !== 'object' || payload === null) return { kind: 'error', formError: 'invalid' };
  const { decisionId, candidateId, itemKey, expectedVersion, input } = payload;
  try {
    const saved = await saveAnswer(viewer, { decisionId, candidateId, itemKey, expectedVersion, input });
    // Re-renders the item page so the checklist navigation's counts follow; the editors keep their own state.
    refresh();
    return { kind: 'saved', answer: toSnapshot(saved) };
  } catch (err) {
    unstable_rethrow(err);
    if (err instanceof AnswerConflict) return { kind: 'conflict', current: err.current ? toSnapshot(err.current) : null };
    if (err instanceof AppError) return { kind: 'error', formError: err.fieldErrors ? undefined : err.messageKey, fieldErrors: err.fieldErrors };
    console.error(err);
    return { kind: 'error', formError: 'unexpected' };
  }
}
