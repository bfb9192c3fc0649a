import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list of recorded items (guests, assignments), each with a line of detail and, while open, "Xóa". */
export function RemovableRows<T extends { id: string }>({
  items,
  empty,
  testId,
  title,
  detail,
  onRemove,
  removingId,
}: {
  items: readonly T[];
  empty: string;
  testId: string;
  title: (item: T) => ReactNode;
  detail: (item: T) => ReactNode;
  /** Absent when the record is closed. */
  onRemove?: (item: T) => void;
  removingId?: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <ul className="meeting-rows">
      {items.map((item) => (
        <li key={item.id} data-testid={testId}>
          <Group justify="space-between" gap="xs">
            <div>
              <Text size="sm" fw={600}>
                {title(item)}
              </Text>
              <Text size="xs" c="dimmed">
                {detail(item)}
              </Text>
            </div>
            {onRemove ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                loading={removingId === item.id}
                onClick={() => onRemove(item)}
              >
                {t('common.delete')}
              </Button>
            ) : null}
          </Group>
        </li>
      ))}
    </ul>
  );
}
