import { Anchor, Text } from '@mantine/core';
import { paperMinutesUrl } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** A past meeting held on paper (paper.ts): how many were present, and its signed minutes to download. */
export function PaperRecord({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  if (!meeting.paper) return null;
  return (
    <Section title={t('paperMeeting.recordTitle')} testId="paper-record">
      <Text size="sm">{t('paperMeeting.recordText', { present: meeting.paper.present })}</Text>
      {meeting.paper.fileName ? (
        <Anchor href={paperMinutesUrl(meeting.id)} size="sm" data-testid="paper-minutes-link">
          {t('paperMeeting.download')}: {meeting.paper.fileName}
        </Anchor>
      ) : null}
    </Section>
  );
}
