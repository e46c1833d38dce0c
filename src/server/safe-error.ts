/**
 * Errors as logs may keep them: codes, ids, SQL text and stack frames, never the values a
 * query carried. A failed query's error names its parameters (names, commitment orders, a new
 * password's hash, whole import batches) and PostgreSQL's `detail` repeats the offending values
 * ("Key (national_id)=(0912345678) already exists"): neither reaches a log line or a terminal.
 */

export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  /** SQLSTATE or Node's error code, when there is one. */
  code?: string;
  /** The constraint, table and column PostgreSQL names (identifiers, not values). */
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
  cause?: SafeError;
}

const MAX_QUERY = 300;
const PARAMS_LINE = /\nparams: [\s\S]*$/;

function stackFrames(stack: string | undefined): string | undefined {
  // The first lines of a stack repeat the message (and so the parameters): keep the frames only.
  return stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

function messageOf(error: Error & { query?: unknown }): string {
  if (typeof error.query === 'string') {
    const query = error.query.length > MAX_QUERY ? `${error.query.slice(0, MAX_QUERY)}…` : error.query;
    return `Failed query: ${query}`;
  }
  return error.message.replace(PARAMS_LINE, '');
}

/** The logger's `err` serializer: a log-safe copy with a stack (frames only, possibly empty). */
export function serializeError(error: unknown): SafeError & { stack: string } {
  const safe = safeError(error);
  return { ...safe, stack: safe.stack ?? '' };
}

/** A log-safe copy of `error` (and of its causes, three deep). */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: '(not an Error)' };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; cause?: unknown; query?: unknown; severity?: unknown };
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const safe: SafeError = { type: e.name || e.constructor.name, message: messageOf(e) };
  const code = text(e.code);
  if (code) safe.code = code;
  for (const key of ['constraint', 'table', 'column'] as const) {
    const value = text(e[key]);
    if (value) safe[key] = value;
  }
  const stack = stackFrames(e.stack);
  if (stack) safe.stack = stack;
  if (e.cause !== undefined && depth < 3) safe.cause = safeError(e.cause, depth + 1);
  // A database error's own message may quote values too (invalid input syntax for type date: "…"):
  // its SQLSTATE and the identifiers above say what failed.
  if (safe.code && /^[0-9A-Z]{5}$/.test(safe.code) && typeof e.severity === 'string') safe.message = `database error ${safe.code}`;
  return safe;
}
