import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Format = 'docx' | 'pdf' | 'html';

/** A party document as Word, PDF or the print view (plain same-origin links). */
export function DocumentLinks({ label, url }: { label: string; url: (format: Format) => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text size="sm" fw={500}>
        {label}:
      </Text>
      <Button component="a" href={url('docx')} download size="xs" variant="default">
        {t('plans.downloadDocx')}
      </Button>
      <Button component="a" href={url('pdf')} download size="xs" variant="default">
        {t('plans.downloadPdf')}
      </Button>
      <Button component="a" href={url('html')} target="_blank" rel="noopener" size="xs" variant="default">
        {t('plans.printView')}
      </Button>
    </Group>
  );
}
