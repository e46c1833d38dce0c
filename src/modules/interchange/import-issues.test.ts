import { describe, expect, it } from 'vitest';
import { detail, IMPORT_ISSUES, ISSUE_DETAILS, issue, issueMessage } from './import-issues.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import issue catalogue', () => {
  it('has a Spanish and an English message for every code and phrase, with the same placeholders', () => {
    for (const [code, entry] of Object.entries({ ...IMPORT_ISSUES, ...ISSUE_DETAILS })) {
      expect(entry.es, code).not.toBe('');
      expect(entry.en, code).not.toBe('');
      expect(entry.es, code).not.toBe(entry.en);
      expect(placeholders(entry.es), code).toEqual(placeholders(entry.en));
    }
  });

  it('declares the codes the importer reports across files', () => {
    for (const code of [
      'IMPORT_UNKNOWN_CENTRE',
      'IMPORT_UNKNOWN_LOCATION',
      'IMPORT_UNKNOWN_PARENT',
      'IMPORT_UNKNOWN_PERSON',
      'IMPORT_ALREADY_IN_CUSTODY',
      'IMPORT_NOT_IN_CUSTODY',
      'IMPORT_LOCATION_NOT_CELL',
      'IMPORT_LOCATION_WRONG_CENTRE',
      'IMPORT_EXISTS',
      'IMPORT_MOVEMENT_INVALID',
      'IMPORT_MOVEMENT_ORDER',
      'IMPORT_UNKNOWN_GROUP',
      'IMPORT_GROUP_CYCLE',
      'IMPORT_SELF_RELATION',
      'IMPORT_DUPLICATE_PAIR',
      'IMPORT_RELATION_EXISTS',
      'IMPORT_DUPLICATE_MEMBERSHIP',
      'IMPORT_MEMBERSHIP_EXISTS',
      'IMPORT_NON_ASSOCIATION_EXISTS',
      'IMPORT_SAME_PERSON',
      'IMPORT_COMMENT_TOO_SHORT',
    ]) {
      expect(IMPORT_ISSUES, code).toHaveProperty(code);
    }
  });

  it('renders an issue in the clerk’s language, naming the value found', () => {
    const what = detail('date_impossible');
    expect(issue('persons.csv', 3, 'birth_date', 'IMPORT_INVALID_DATE', { value: '2023-02-30', what }, 'es')).toEqual({
      file: 'persons.csv',
      line: 3,
      column: 'birth_date',
      code: 'IMPORT_INVALID_DATE',
      message: 'Fecha imposible «2023-02-30» (formato AAAA-MM-DD).',
    });
    expect(issueMessage('IMPORT_INVALID_DATE', { value: '2023-02-30', what }, 'en')).toBe(
      'Impossible date "2023-02-30" (format YYYY-MM-DD).',
    );
  });

  it('writes lists comma-separated and fills phrases with their own parameters', () => {
    expect(issueMessage('IMPORT_INVALID_VALUE', { value: 'X', allowed: ['M', 'F'] }, 'en')).toBe(
      'Invalid value "X". Allowed values: M, F.',
    );
    const why = detail('required_for_movement', { type: 'transfer' });
    expect(issueMessage('IMPORT_REQUIRED', { column: 'to', why }, 'es')).toBe(
      'Falta el valor de «to»: es obligatorio para un movimiento «transfer».',
    );
    expect(issueMessage('IMPORT_MOVEMENT_INVALID', { movement: 'the return from court', person: 'P0000001', why: 'the person is in the centre' }, 'en')).toBe(
      'Cannot import the return from court of P0000001: the person is in the centre.',
    );
  });

  it('makes the compiler check each message’s parameters', () => {
    // @ts-expect-error: IMPORT_INVALID_VALUE needs the allowed values too
    const message = issueMessage('IMPORT_INVALID_VALUE', { value: 'X' }, 'en');
    expect(message).toBe('Invalid value "X". Allowed values: {allowed}.');
    // @ts-expect-error: code_prefix needs the centre
    expect(detail('code_prefix').params).toEqual({});
  });
});
