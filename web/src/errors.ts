import { ApiError, NETWORK_ERROR, RESPONSE_SHAPE } from './api.ts';
import type { Translate } from './i18n/index.ts';

/** What to tell the user about a failed call: the server's message when it sent one. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('error.network');
    if (error.code === RESPONSE_SHAPE) return t('error.responseShape');
    if (error.message) return error.message;
    return t('error.unexpected', { status: error.status });
  }
  return t('error.unexpected', { status: 0 });
}
