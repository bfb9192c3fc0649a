import '../styles/segmented.ts';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { TEXT_SIZES } from '#domain/accounts/text-size.ts';
import { saveTextSize } from '../api/endpoints/auth.ts';
import type { Me, TextSize } from '../api/models.ts';
import { keys } from '../api/query-keys.ts';
import { useMe } from '../app/session.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { errorMessage } from './ErrorAlert.tsx';

/** The account's text size and a setter that applies it at once and saves it to the account. */
function useTextSize(): [TextSize, (size: TextSize) => void] {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const current = me?.textSize ?? 'normal';
  const choose = (textSize: TextSize) => {
    const before = current;
    queryClient.setQueryData<Me | null>(keys.me, (old) => (old ? { ...old, textSize } : old));
    saveTextSize(textSize).catch((error: unknown) => {
      queryClient.setQueryData<Me | null>(keys.me, (old) => (old ? { ...old, textSize: before } : old));
      notifications.show({ color: 'red', message: errorMessage(error, t('common.networkError')) });
    });
  };
  return [current, choose];
}

/**
 * "Cỡ chữ": three choices as a radio group (arrow keys move between them), in the account menu and, on a phone,
 * in the navigation drawer (no account menu there).
 */
export function TextSizeControl() {
  const { t } = useTranslation();
  const [current, choose] = useTextSize();
  const labelId = useId();
  return (
    <Stack gap={4} px="sm" py="xs">
      <Text size="sm" fw={500} id={labelId}>
        {t('header.textSize')}
      </Text>
      <SegmentedControl
        size="xs"
        fullWidth
        aria-labelledby={labelId}
        value={current}
        onChange={(value) => choose(value as TextSize)}
        data={TEXT_SIZES.map((size) => ({ value: size, label: t(`header.textSizes.${size}`) }))}
      />
    </Stack>
  );
}
