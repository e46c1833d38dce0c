import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../kernel/language.ts';
import type { TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';

// María Fernanda Torres, held at Machala.
const PERSON = 'P0000004';
const MOVEMENTS = `/api/v1/persons/${PERSON}/movements`;
const INTERNAL_WORDS = /court_return|court_out|not out at|takes no destination|sentence_served|alternative_measure|MOVEMENT_INVALID/;

describe('a refused movement is told in words, in the reader’s language', () => {
  const t = useSmallEstateApp();
  let officer: TestClient;
  beforeEach(async () => {
    officer = await t.addUser('guia.mac', ['officer'], ['MAC']);
  });

  const post = (body: object, language: Language) =>
    t.app.inject({
      method: 'POST',
      url: MOVEMENTS,
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, 'x-custodia-language': language },
      payload: body,
    });

  it('names the movement and the person, and says why, when the person is not out at court', async () => {
    const spanish = (await post({ type: 'court_return' }, 'es')).json().error;
    const english = (await post({ type: 'court_return' }, 'en')).json().error;
    expect(spanish).toMatchObject({ code: 'MOVEMENT_INVALID', field: 'type' });
    expect(english).toMatchObject({ code: 'MOVEMENT_INVALID', field: 'type' });
    expect(spanish.message).toBe(`No se puede registrar el regreso de audiencia de ${PERSON}: la persona no está fuera en audiencia.`);
    expect(english.message).toBe(`Cannot record the return from court for ${PERSON}: the person has not gone out to court.`);
  });

  it('names the person when a movement is given a destination it does not take', async () => {
    for (const language of ['es', 'en'] as const) {
      const error = (await post({ type: 'court_out', to: 'MAC-P1-A-001' }, language)).json().error;
      expect(error).toMatchObject({ code: 'MOVEMENT_INVALID', field: 'to' });
      expect(error.message).toContain(PERSON);
      expect(error.message).toContain(language === 'es' ? 'la salida a audiencia' : 'the departure to court');
      expect(error.message).not.toMatch(INTERNAL_WORDS);
    }
  });

  it('lists the reasons for a release in words', async () => {
    const spanish = (await post({ type: 'release', reason: 'bored' }, 'es')).json().error;
    const english = (await post({ type: 'release', reason: 'bored' }, 'en')).json().error;
    expect(spanish).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    expect(spanish.message).toContain('«cumplimiento de la pena»');
    expect(english.message).toContain('«sentence served»');
    for (const message of [spanish.message, english.message]) expect(message).not.toMatch(INTERNAL_WORDS);
  });
});
