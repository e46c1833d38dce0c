/** Request bodies for tests that admit people over HTTP (test files only). */

/** A new person for an admission: a man of Ecuador born in 1979, `overrides` on top. */
export function personBody(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, nationalId: null, givenNames: 'José Adolfo', familyNames: `Macías ${id}`, aliases: [], birthDate: '1979-11-15', sex: 'M', nationality: 'ECU', ...overrides };
}

/** The body of `POST /api/v1/admissions` of `person` (a new one, or `{ id }` of a known one) into `to`: pretrial, low risk. */
export function admissionBody(person: Record<string, unknown>, to: string): Record<string, unknown> {
  return {
    person,
    to,
    admittedAt: '2025-09-22T06:30:00-05:00',
    arrestedAt: null,
    commitmentOrder: 'Boleta 1-2025',
    issuingAuthority: 'Unidad Judicial',
    injuriesOnArrival: null,
    offence: 'robbery',
    maxPenaltyYears: 5,
    legalStatus: 'pretrial',
    pretrialSince: '2025-09-21',
    risk: 'low',
    nextOfKin: [],
  };
}

/**
 * The body of `POST /api/v1/admissions` of a new man named `givenNames familyNames` into `to` on
 * 20 September 2025: untried in pavilion 1 of the Litoral (which holds untried people only,
 * Mandela rule 11 b), sentenced anywhere else.
 */
export function namedAdmissionBody(id: string, givenNames: string, familyNames: string, to: string): Record<string, unknown> {
  return {
    person: personBody(id, { givenNames, familyNames }),
    to,
    admittedAt: '2025-09-20T10:00:00-05:00',
    commitmentOrder: `Boleta ${id}`,
    issuingAuthority: 'Unidad Judicial Penal',
    offence: 'robbery',
    maxPenaltyYears: 5,
    ...(to.startsWith('LIT-P1') ? { legalStatus: 'pretrial', pretrialSince: '2025-09-19' } : { legalStatus: 'sentenced', sentenceMonths: 60 }),
  };
}
