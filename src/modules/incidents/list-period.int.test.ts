import { describe, expect, it } from 'vitest';
import { useSmallEstateApp } from '../interchange/testing.ts';

describe('the incident list asked for a period that ends before it starts', () => {
  const t = useSmallEstateApp();

  it('is refused on `to`, in Spanish and in English, instead of an empty page', async () => {
    const director = await t.addUser('director.nacional', ['director'], 'all');
    const ask = (language: 'es' | 'en') =>
      t.app.inject({ method: 'GET', url: '/api/v1/incidents?from=2025-06-10&to=2025-06-01', headers: { cookie: director.cookie, 'x-custodia-language': language } });
    const spanish = await ask('es');
    const english = await ask('en');
    expect(spanish.statusCode).toBe(400);
    expect(spanish.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'to' });
    expect(spanish.json().error.message).toBe('Datos no válidos: to: el día final (2025-06-01) es anterior al inicial (2025-06-10)');
    expect(english.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'to' });
    expect(english.json().error.message).toBe('Invalid data: to: the last day (2025-06-01) is before the first (2025-06-10)');
    // One day, `from` = `to`, is a period.
    expect((await t.as(director, 'GET', '/api/v1/incidents?from=2025-06-01&to=2025-06-01')).statusCode).toBe(200);
  });
});
