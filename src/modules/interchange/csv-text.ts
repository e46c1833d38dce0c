/**
 * How free text travels in the CSV files so that it comes back as it went out.
 *
 * Formulas: a spreadsheet reads a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return as a formula (`=HYPERLINK(…)` runs when the file is opened). The export writes such a
 * text cell with one `'` in front (OWASP's advice; the spreadsheet then shows it as text), and the
 * import takes one `'` off a text cell that starts with `'` followed by one of those characters.
 * A text that itself starts with `'` and then one of them gets a second `'`, so every text comes
 * back unchanged. Only text columns (names, aliases, reasons, comments) are guarded: codes, dates
 * and numbers of format v1 never start with those characters.
 *
 * Aliases: one cell, separated by `;`. A `;` inside an alias is written `\;`, and a `\` that
 * would otherwise be read as the start of an escape (before `;` or `\`, or at the end) is
 * written `\\`; any other `\` is itself.
 */

const FORMULA = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The text as the export writes it: one `'` in front if a spreadsheet would take it for a formula. */
export function guardFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The text a guarded cell holds: one leading `'` taken off where the export would have put it. */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** The aliases as one cell: `;` between them, `\;` and `\\` inside them. */
export function joinAliases(aliases: readonly string[]): string {
  return aliases.map(escapeAlias).join(';');
}

function escapeAlias(alias: string): string {
  let out = '';
  for (let i = 0; i < alias.length; i += 1) {
    const char = alias[i] as string;
    const next = alias[i + 1];
    if (char === ';') out += '\\;';
    else if (char === '\\' && (next === undefined || next === ';' || next === '\\')) out += '\\\\';
    else out += char;
  }
  return out;
}

/** The aliases of a cell, each trimmed, empty ones left out. */
export function splitAliases(cell: string): string[] {
  const aliases: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i += 1) {
    const char = cell[i] as string;
    const next = cell[i + 1];
    if (char === '\\' && (next === ';' || next === '\\')) {
      current += next;
      i += 1;
    } else if (char === ';') {
      aliases.push(current);
      current = '';
    } else current += char;
  }
  aliases.push(current);
  return aliases.map((alias) => alias.trim()).filter((alias) => alias !== '');
}
