import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

/**
 * A list of recorded items (guests, assignments), each with a line of detail and, while open, "Xóa"; `more`
 * adds a block under an item (an assignment's follow-up).
 */
export function RemovableRows<T extends { id: string }>({
  items,
  empty,
  testId,
  title,
  detail,
  more,
  onRemove,
  removable = () => true,
  removingId,
}: {
  items: readonly T[];
  empty: string;
  testId: string;
  title: (item: T) => ReactNode;
  detail: (item: T) => ReactNode;
  more?: (item: T) => ReactNode;
  /** Absent when the record is closed. */
  onRemove?: (item: T) => void;
  /** Items the server would refuse to remove (an assignment already reported on) get no "Xóa". */
  removable?: (item: T) => boolean;
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
            {onRemove && removable(item) ? (
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
          {more?.(item)}
        </li>
      ))}
    </ul>
  );
}
