import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withdrawModel } from '../../api/endpoints.ts';
import type { TopicModel } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** Confirm taking a model topic out of the committee's library. */
export default function WithdrawModel({ model, onClose }: { model: TopicModel; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => withdrawModel(model.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['library'] });
      notifications.show({ color: 'green', message: t('library.withdrawn') });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('library.withdrawTitle')}>
      <Stack>
        <Text size="sm">{t('library.withdrawConfirm', { title: model.title })}</Text>
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t('library.withdraw')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
