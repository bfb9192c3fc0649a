import { NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellReportUrl } from '../../api/endpoints.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';

/** The cell's quarterly progress report or its annual report, to download and send up. */
export function CellReports({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState('');
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.reports')}
      </Title>
      <NativeSelect
        label={t('meetings.reportPeriod')}
        value={quarter}
        onChange={(e) => setQuarter(e.currentTarget.value)}
        data={[
          { value: '', label: t('meetings.wholeYear', { year }) },
          ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('meetings.quarterN', { quarter: q }) })),
        ]}
        maw={240}
      />
      <DocumentLinks
        label={t('meetings.reportDocument')}
        url={(format) => cellReportUrl(cellId, year, quarter ? Number(quarter) : null, format)}
      />
    </Stack>
  );
}
