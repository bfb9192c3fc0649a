import { Button, Group } from '@mantine/core';
import { useTranslation } from '../i18n/useTranslation.ts';

interface FormButtonsProps {
  pending: boolean;
  onCancel: () => void;
  submitLabel?: string;
}

/** Cancel + submit, at the foot of every modal form. */
export function FormButtons({ pending, onCancel, submitLabel }: FormButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
