import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../src/modules/audit/catalogue.ts';
import { hasMessage, translator } from '../web/src/i18n/index.ts';

/** Every `.ts` file of the server's modules but tests: where audit entries are written. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'testing.ts' ? [path] : [];
  });
}

const written = sources('src/modules').map((file) => readFileSync(file, 'utf8'));
const literals = (pattern: RegExp) => new Set(written.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1] ?? '')));
// `action: 'user.created'`, and both sides of `action: active ? 'user.activated' : 'user.deactivated'`.
const actionsWritten = literals(/action: (?:[\w.]+ \? )?'([a-z_]+\.[a-z_.]+)'/g);
for (const text of written) for (const m of text.matchAll(/action: [\w.]+ \? '[a-z_.]+' : '([a-z_]+\.[a-z_.]+)'/g)) actionsWritten.add(m[1] ?? '');
const subjectsWritten = literals(/subjectType: '([a-z_]+)'/g);

const es = translator('es');
const en = translator('en');

describe('the audit log in words', () => {
  it('finds the actions the modules write (the scan itself works)', () => {
    expect(actionsWritten).toContain('user.created');
    expect(actionsWritten).toContain('user.deactivated');
    expect(subjectsWritten).toContain('person');
  });

  it.each([...new Set([...AUDIT_ACTIONS, ...actionsWritten])].sort())('words %s in Spanish and English', (action) => {
    const key = `auditAction.${action}`;
    expect(hasMessage(key), `no words for the audit action ${action}`).toBe(true);
    if (!hasMessage(key)) return;
    expect(es(key)).not.toBe(en(key));
    expect(es(key)).not.toMatch(/[a-z]+\.[a-z_]+/);
  });

  it.each([...subjectsWritten].sort())('names the subject %s in Spanish and English', (subject) => {
    const key = `auditSubject.${subject}`;
    expect(hasMessage(key), `no words for the audit subject ${subject}`).toBe(true);
  });
});
