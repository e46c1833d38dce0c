import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';

interface GeneratedPasswordProps {
  username: string;
  password: string;
  /** A reset's one-time password (to be changed at the next login), or a new user's first one. */
  oneTime?: boolean;
  onDismiss: () => void;
}

/** The password the server generated for a new user or a reset: shown once, clearly, until dismissed. */
export function GeneratedPassword({ username, password, oneTime = false, onDismiss }: GeneratedPasswordProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    heading.current?.focus();
  }, [password]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section className="generated-password" aria-labelledby="generated-password-title">
      <h2 id="generated-password-title" ref={heading} tabIndex={-1}>
        {t(oneTime ? 'users.resetTitle' : 'userForm.generatedTitle', { username })}
      </h2>
      <p>{t(oneTime ? 'users.resetText' : 'userForm.generatedText')}</p>
      <p className="secret" data-testid="generated-password">
        {password}
      </p>
      <div className="form-actions">
        {typeof navigator.clipboard?.writeText === 'function' && (
          <button type="button" className="button button-secondary" onClick={copy}>
            {copied ? t('userForm.copied') : t('userForm.copy')}
          </button>
        )}
        <button type="button" className="button button-primary" onClick={onDismiss}>
          {t('userForm.dismiss')}
        </button>
      </div>
    </section>
  );
}
