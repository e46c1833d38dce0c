import { LANGUAGES, useI18n, type MessageKey } from '../i18n/index.ts';

const NAMES: Record<(typeof LANGUAGES)[number], MessageKey> = { es: 'language.es', en: 'language.en' };

/** Two buttons, Español and English, each written in its own language. */
export function LanguageSwitch({ tone = 'light' }: { tone?: 'light' | 'dark' }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className={`lang-switch lang-switch-${tone}`} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          onClick={() => setLanguage(code)}
        >
          {t(NAMES[code])}
        </button>
      ))}
    </div>
  );
}
