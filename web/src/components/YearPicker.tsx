import { NativeSelect } from '@mantine/core';
import { useTranslation } from '../i18n/useTranslation.ts';
import { currentYear } from '../lib/plans.ts';

/** The plan year: a few years around this one, and the chosen year if it lies further out. */
export function YearPicker({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const now = currentYear();
  const years = [...new Set([now + 1, now, now - 1, now - 2, value])].sort((a, b) => b - a);
  return (
    <NativeSelect
      label={t('plans.year')}
      value={String(value)}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      data={years.map((y) => ({ value: String(y), label: String(y) }))}
      w={120}
    />
  );
}
