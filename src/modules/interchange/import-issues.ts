import { interpolate, type Language } from '../../kernel/language.ts';
import type { ImportIssue } from './bundle.ts';
import { IMPORT_ISSUES } from './import-issue-codes.ts';
import { ISSUE_DETAILS } from './import-issue-details.ts';

export { IMPORT_ISSUES, ISSUE_DETAILS };

export type ImportIssueCode = keyof typeof IMPORT_ISSUES;
export type IssueDetailKey = keyof typeof ISSUE_DETAILS;

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A phrase from ISSUE_DETAILS, rendered in the issue's language. */
export interface IssueDetail {
  detail: IssueDetailKey;
  params: Record<string, string | number>;
}

/** Lists are written comma-separated; details in the message's language. */
export type IssueParam = string | number | readonly string[] | IssueDetail;

/** The parameters a code's message needs, checked by the compiler. */
export type IssueParams<C extends ImportIssueCode> = {
  [Name in Placeholders<(typeof IMPORT_ISSUES)[C]['es' | 'en']>]: IssueParam;
};

/** A phrase to put in a placeholder, e.g. `detail('required_for_movement', { type: 'transfer' })`. */
export function detail<K extends IssueDetailKey>(
  key: K,
  ...params: [Placeholders<(typeof ISSUE_DETAILS)[K]['es' | 'en']>] extends [never]
    ? []
    : [Record<Placeholders<(typeof ISSUE_DETAILS)[K]['es' | 'en']>, string | number>]
): IssueDetail {
  return { detail: key, params: params[0] ?? {} };
}

function renderParam(value: IssueParam, language: Language): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if ('detail' in value) return interpolate(ISSUE_DETAILS[value.detail][language], value.params);
  return value.join(', ');
}

/** The message of one issue in the given language. */
export function issueMessage<C extends ImportIssueCode>(code: C, params: IssueParams<C>, language: Language): string {
  const rendered: Record<string, string> = {};
  for (const [name, value] of Object.entries(params) as [string, IssueParam][]) {
    rendered[name] = renderParam(value, language);
  }
  return interpolate(IMPORT_ISSUES[code][language], rendered);
}

/** One problem in an import, ready for `import --json`. `line` counts the header as line 1. */
export function issue<C extends ImportIssueCode>(
  file: string,
  line: number,
  column: string | null,
  code: C,
  params: IssueParams<C>,
  language: Language,
): ImportIssue {
  return { file, line, column, code, message: issueMessage(code, params, language) };
}

/** The one issue of an import that failed on something other than its files (the database, a bug). */
export function importFailed(dir: string, language: Language): ImportIssue {
  return issue(dir, 0, null, 'IMPORT_FAILED', {}, language);
}
