import type { DemoLoadStep } from '../modules/demo/index.ts';
import type { Language } from '../kernel/language.ts';

/** Steps of a start before the demonstration estate: building the web app, opening the database. */
export type StartupStep = 'web' | 'database' | DemoLoadStep | 'ready';

/**
 * What GET /api/v1/status answers, from the first moment the server listens: `loading` while
 * the database opens and the demonstration estate loads (`done` of `total` steps finished, `step`
 * under way, handling `rows` rows), `ready`, or `failed` with the code the log explains.
 */
export interface StartupStatus {
  state: 'loading' | 'ready' | 'failed';
  step: StartupStep;
  done: number;
  total: number;
  rows: number;
  error?: string;
}

/** The demonstration estate failed to load; the status says `failed` with this code. */
export class DemoLoadFailed extends Error {
  constructor(
    readonly code: string,
    cause: unknown,
  ) {
    super(`demonstration estate not loaded: ${code}`, { cause });
    this.name = 'DemoLoadFailed';
  }
}

/** What every API request other than the status gets while the server starts (503), or after a failed load. */
export const UNAVAILABLE: Record<'loading' | 'failed', { code: string; message: Record<Language, string> }> = {
  loading: {
    code: 'SERVER_STARTING',
    message: {
      es: 'Custodia se está iniciando (cargando el estado de demostración). Vuelva a intentarlo en unos momentos.',
      en: 'Custodia is starting (loading the demonstration estate). Try again in a few moments.',
    },
  },
  failed: {
    code: 'SERVER_START_FAILED',
    message: {
      es: 'Custodia no pudo cargar el estado de demostración; el registro del servidor explica la causa. Reinícielo para volver a intentarlo.',
      en: 'Custodia could not load the demonstration estate; the server log gives the reason. Restart it to try again.',
    },
  },
};
