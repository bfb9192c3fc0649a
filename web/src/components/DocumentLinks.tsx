import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { DownloadButton } from './BusyButton.tsx';

type Format = 'docx' | 'pdf' | 'html';

/**
 * A party document as Word, PDF or the print view (plain same-origin links), after an optional label.
 * `compact` draws them as small subtle buttons kept on one line, for a row in a list.
 */
export function DocumentLinks({
  label,
  url,
  compact = false,
  children,
}: {
  label?: string;
  url: (format: Format) => string;
  compact?: boolean;
  /** Further downloads of the same document, after the standard three (e.g. the notice's .ics). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const look = compact
    ? ({ size: 'compact-xs', variant: 'subtle' } as const)
    : ({ size: 'xs', variant: 'default' } as const);
  return (
    <Group gap={compact ? 4 : 'xs'} wrap={compact ? 'nowrap' : 'wrap'}>
      {label ? (
        <Text size="sm" fw={500}>
          {label}:
        </Text>
      ) : null}
      <DownloadButton href={url('docx')} {...look}>
        {t('plans.downloadDocx')}
      </DownloadButton>
      <DownloadButton href={url('pdf')} {...look}>
        {t('plans.downloadPdf')}
      </DownloadButton>
      <Button component="a" href={url('html')} target="_blank" rel="noopener" {...look}>
        {t('plans.printView')}
      </Button>
      {children}
    </Group>
  );
}
