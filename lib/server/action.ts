import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { Action } from '@/lib/domain/permissions';
import { AppError } from './errors';
import { currentViewer, type Viewer } from './session';
import { authorize } from './tenant';

/** What every form action returns. Messages are catalog keys; the form translates them. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

type Run<I, T> = (input: I) => Promise<T>;

/** Unauthenticated forms (sign-up, sign-in): parse -> run -> map errors. */
export function publicAction<S extends z.ZodType, T>(schema: S, run: Run<z.output<S>, T>) {
  return async (_prev: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const fields = formFields(formData);
    const parsed = schema.safeParse(fields);
    if (!parsed.success) return echo(validationFailure(parsed.error), fields);
    return echo(await settle(() => run(parsed.data)), fields);
  };
}

/** Signed-in forms: authenticate (fresh membership) -> parse -> authorize -> run -> map errors. */
export function tenantAction<S extends z.ZodType, T>(
  action: Action,
  schema: S,
  run: (viewer: Viewer, input: z.output<S>) => Promise<T>,
) {
  return async (_prev: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const viewer = await currentViewer();
    if (!viewer) return { ok: false, formError: 'unauthenticated' };
    const fields = formFields(formData);
    const parsed = schema.safeParse(fields);
    if (!parsed.success) return echo(validationFailure(parsed.error), fields);
    return echo(
      await settle(async () => {
        await authorize(viewer, action);
        return run(viewer, parsed.data);
      }),
      fields,
    );
  };
}

async function settle<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    unstable_rethrow(err); // redirect() and notFound() are control flow, not failures
    if (err instanceof AppError) return { ok: false, formError: err.fieldErrors ? undefined : err.messageKey, fieldErrors: err.fieldErrors };
    console.error(err);
    return { ok: false, formError: 'unexpected' };
  }
}

/**
 * FormData -> plain object; React's internal $ACTION fields are dropped. A repeated key (a checkbox group)
 * becomes an array, so a single-valued field sent twice fails validation instead of being silently picked.
 */
function formFields(formData: FormData) {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = Object.create(null);
  for (const [key, value] of formData) {
    if (key.startsWith('$ACTION')) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/**
 * A refused form comes back with what the user typed (never passwords), so React's form reset after an
 * action does not wipe their work.
 */
function echo<T>(result: ActionResult<T>, fields: Record<string, FormDataEntryValue | FormDataEntryValue[]>): ActionResult<T> {
  if (result.ok) return result;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && !/password|code|token/i.test(key)) values[key] = value;
  }
  return { ...result, values };
}

function validationFailure(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    const key = issue.code === 'invalid_type' ? 'required' : issue.message;
    (fieldErrors[field] ??= []).push(key);
  }
  return { ok: false, fieldErrors };
}
