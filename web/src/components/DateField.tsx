import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { formatTypedDate, maskTypedDate, parseTypedDate } from '#domain/dates/typed-date.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

type DateFieldProps = Omit<TextInputProps, 'type' | 'value' | 'onChange' | 'min' | 'max'> & {
  /** 'YYYY-MM-DD', '' when empty; while a date is being typed, the text typed so far. */
  value?: string | null;
  onChange?: (value: string) => void;
  /** Earliest and latest days allowed, 'YYYY-MM-DD'. */
  min?: string;
  max?: string;
};

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's locale (a native date input shows mm/dd/yyyy
 * in an en-US browser); the form receives the ISO date the API takes ('YYYY-MM-DD'), or the text as typed
 * while it is no date yet, which the field marks with its error once the user leaves it.
 */
export function DateField({ value: given, onChange, onBlur, min, max, error, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const value = given ?? '';
  const [left, setLeft] = useState(false);
  const parsed = value ? parseTypedDate(value) : undefined;
  let issue: string | undefined;
  if (parsed && !parsed.ok && left) issue = t(`dateField.${parsed.issue}`);
  else if (parsed?.ok && min && parsed.date < min) issue = t('dateField.min', { date: formatTypedDate(min) });
  else if (parsed?.ok && max && parsed.date > max) issue = t('dateField.max', { date: formatTypedDate(max) });
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dateField.placeholder')}
      maxLength={10}
      {...props}
      value={formatTypedDate(value)}
      error={error || issue}
      onChange={(event) => {
        const text = maskTypedDate(event.currentTarget.value);
        const read = parseTypedDate(text);
        setLeft(false);
        onChange?.(text === '' ? '' : read.ok ? read.date : text);
      }}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
    />
  );
}
