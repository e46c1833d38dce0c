/** The languages Custodia speaks: Spanish first, English second. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'es';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the first supported language from an Accept-Language header. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return DEFAULT_LANGUAGE;
}

/** A text already written in each language, usable as a message parameter. */
export type Localised = Record<Language, string>;

export function isLocalised(value: unknown): value is Localised {
  return typeof value === 'object' && value !== null && LANGUAGES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');
}

/**
 * Replaces `{name}` placeholders with the given parameters. A parameter written in each
 * language (`{es, en}`) is taken in `language`.
 */
export function interpolate(template: string, params: Record<string, unknown> = {}, language: Language = DEFAULT_LANGUAGE): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return isLocalised(value) ? value[language] : String(value);
  });
}
