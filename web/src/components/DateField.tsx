import { TextInput, type TextInputProps } from '@mantine/core';

/** A native date input ('YYYY-MM-DD' value); the browser shows its own picker. */
export function DateField(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="date" className="date-input" {...props} />;
}
