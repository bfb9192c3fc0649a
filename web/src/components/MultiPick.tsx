import '@mantine/core/styles/Pill.css';
import { Input, NativeSelect, Pill, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

interface MultiPickProps {
  label: string;
  /** The first, empty choice of the picker ("Thêm người…"). */
  addLabel: string;
  data: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  description?: ReactNode;
  /** The accessible name of a pill's remove button ("Bỏ Nguyễn Văn A"). */
  removeLabel: (label: string) => string;
}

/**
 * Several choices out of a list: the chosen ones as removable pills, the rest in a native select that adds
 * one at a time. Native pickers suit phones and keep the floating-dropdown code out of the bundle.
 */
export function MultiPick({
  label,
  addLabel,
  data,
  value,
  onChange,
  error,
  description,
  removeLabel,
}: MultiPickProps) {
  const labelOf = new Map(data.map((d) => [d.value, d.label]));
  const rest = data.filter((d) => !value.includes(d.value));
  return (
    <Input.Wrapper label={label} error={error} description={description}>
      <Stack gap={6} mt={4}>
        {value.length > 0 ? (
          <Pill.Group>
            {value.map((v) => (
              <Pill
                key={v}
                size="md"
                withRemoveButton
                onRemove={() => onChange(value.filter((x) => x !== v))}
                // Pill hides its remove button from keyboards and screen readers (it expects a
                // PillsInput's Backspace); here it is the only way to remove, so expose it.
                removeButtonProps={{
                  'aria-label': removeLabel(labelOf.get(v) ?? v),
                  'aria-hidden': false,
                  tabIndex: 0,
                }}
              >
                {labelOf.get(v) ?? v}
              </Pill>
            ))}
          </Pill.Group>
        ) : null}
        <NativeSelect
          aria-label={`${label}: ${addLabel}`}
          value=""
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (next) onChange([...value, next]);
          }}
          data={[{ value: '', label: addLabel }, ...rest]}
          error={Boolean(error)}
          disabled={rest.length === 0}
        />
      </Stack>
    </Input.Wrapper>
  );
}
