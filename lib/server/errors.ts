import 'server-only';

// Domain errors carry a code; they are mapped to HTTP statuses or form messages only at the edge
// (actions.ts, route handlers). Messages are catalog keys under "errors", never raw text.
export const errorCodes = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  VALIDATION: 400,
  CONFLICT: 409,
  THROTTLED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = code,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(messageKey);
    this.name = 'AppError';
  }

  get status() {
    return errorCodes[this.code];
  }
}

export const notFound = () => new AppError('NOT_FOUND', 'notFound');
export const forbidden = () => new AppError('FORBIDDEN', 'forbidden');
