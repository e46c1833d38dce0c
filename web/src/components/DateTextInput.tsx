import { useState, type InputHTMLAttributes, type Ref } from 'react';
import { useI18n } from '../i18n/index.ts';
import { datePattern, textFromValue, valueFromText, type DateTextKind } from './date-text.ts';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max' | 'step'>;

export interface DateTextInputProps extends NativeProps {
  kind: DateTextKind;
  /** The ISO value (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` on the centre's clock), or a text being typed. */
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** The native input's bounds do not apply to a text (the form's schema checks the range). */
  min?: string | number | undefined;
  max?: string | number | undefined;
}

/**
 * A date (or date and time) typed as DD/MM/YYYY [HH:MM] in a text input: the same order in every
 * browser, unlike `<input type="date">`, which follows the browser's locale. The value given to
 * `onChange` is ISO (see date-text.ts); a change of the value from outside (a form reset, a
 * value filled in by another field) shows at once.
 */
export function DateTextInput({ kind, value, onChange, inputRef, min: _min, max: _max, ...input }: DateTextInputProps) {
  const { language } = useI18n();
  const [text, setText] = useState(() => textFromValue(kind, value));
  // The value changed from outside what is typed: show the new one.
  if (valueFromText(kind, text) !== value) setText(textFromValue(kind, value));
  return (
    <input
      {...input}
      ref={inputRef}
      type="text"
      inputMode="numeric"
      autoComplete={input.autoComplete ?? 'off'}
      placeholder={datePattern(kind, language)}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(valueFromText(kind, event.target.value));
      }}
    />
  );
}

/** The hint of a date field: the caller's, then the pattern to type. */
export function useDateHint(kind: DateTextKind | null, hint: string | undefined): string | undefined {
  const { t, language } = useI18n();
  if (!kind) return hint;
  const pattern = t('dateInput.pattern', { pattern: datePattern(kind, language) });
  return hint ? `${hint} ${pattern}` : pattern;
}
