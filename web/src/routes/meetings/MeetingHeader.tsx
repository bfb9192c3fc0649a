import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import {
  issueMeetingReport,
  keys,
  meetingReportUrl,
  noticeDocumentUrl,
  noticeIcsUrl,
} from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { DownloadButton } from '../../components/BusyButton.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import {
  MEETING_STATUS_COLORS,
  meetingKindLabel,
  meetingStatusLabel,
  meetingTitle,
  partOrderLabel,
} from '../../lib/meetings.ts';
import { quarterLabel } from '../../lib/plans.ts';
import { Link } from '../../lib/router.tsx';
import { ModelMeetingLine } from '../model-meetings/ModelMeetingLine.tsx';
import { IssuedLine, IssueReportButton } from './IssuedReports.tsx';

/** The report of the ended meeting to the committee: the draft, issued by the secretary (BC), then kept. */
function MeetingReport({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Stack gap={4}>
      <DocumentLinks
        label={t('meeting.reportDocument')}
        url={(format) => meetingReportUrl(meeting.id, format)}
      />
      {meeting.reportIssued ? (
        <IssuedLine report={meeting.reportIssued} />
      ) : meeting.permissions.manage ? (
        <IssueReportButton
          cellId={meeting.cellId}
          issue={() => issueMeetingReport(meeting.id)}
          onIssued={() => void queryClient.invalidateQueries({ queryKey: keys.meeting(meeting.id) })}
          hold={meeting.reportHold ? t(`meeting.reportHold.${meeting.reportHold}`) : null}
        />
      ) : null}
    </Stack>
  );
}

/** Title, cell, time and place, status, chair and minute-taker, with the way back to the minute book. */
export function MeetingHeader({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { topic } = meeting;
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`/units/${meeting.cellId}?tab=meetings`} size="sm">
        ← {t('meeting.backToBook')}
      </Anchor>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {meeting.cellName}
          {topic ? ` · ${quarterLabel(t, topic.quarter)}` : ''} · {meetingKindLabel(t, meeting.kind)}
          {meeting.kind === 'combined' ? ` (${partOrderLabel(t, meeting.partOrder)})` : ''}
        </Text>
        <Title order={2}>{meetingTitle(t, meeting)}</Title>
        <Group gap="xs">
          <Badge
            color={MEETING_STATUS_COLORS[meeting.status]}
            variant="light"
            tt="none"
            size="lg"
            data-testid="meeting-status"
          >
            {meetingStatusLabel(t, meeting.status)}
          </Badge>
          {topic?.kind === 'ho_chi_minh' ? (
            <Badge color="red" variant="outline" tt="none" size="lg">
              {t('meeting.hoChiMinhStudy')}
            </Badge>
          ) : null}
        </Group>
        <ModelMeetingLine meeting={meeting} />
        <Text size="sm" data-testid="meeting-when">
          {meeting.paper
            ? t('paperMeeting.heldOnText', { date: formatDate(meeting.heldOn) })
            : t('meeting.when', {
                date: formatDate(meeting.heldOn),
                time: meeting.startsAt,
                place: meeting.place,
              })}
        </Text>
        {meeting.paper ? null : (
          <Text size="sm">
            <Text span fw={500}>
              {t('meeting.chair')}:
            </Text>{' '}
            {meeting.chair?.name ?? '—'}
            {' · '}
            <Text span fw={500}>
              {t('meeting.minuteTaker')}:
            </Text>{' '}
            <span data-testid="meeting-minute-taker">
              {meeting.minuteTaker?.name ?? t('meeting.notAppointed')}
            </span>
          </Text>
        )}
        {meeting.noticeSentAt ? (
          <Text size="xs" c="dimmed" data-testid="meeting-notice">
            {meeting.noticeNumber === null
              ? t('meeting.noticeSentAt', { at: formatDateTime(meeting.noticeSentAt) })
              : t('meeting.noticeNumbered', {
                  number: meeting.noticeNumber,
                  at: formatDateTime(meeting.noticeSentAt),
                })}
          </Text>
        ) : null}
        {meeting.startedAt ? (
          <Text size="xs" c="dimmed">
            {t('meeting.startedAt', { at: formatDateTime(meeting.startedAt) })}
            {meeting.endedAt ? ` · ${t('meeting.endedAt', { at: formatDateTime(meeting.endedAt) })}` : ''}
          </Text>
        ) : null}
      </Stack>
      {meeting.noticeSentAt ? (
        <DocumentLinks
          label={t('meeting.noticeDocument')}
          url={(format) => noticeDocumentUrl(meeting.id, format)}
        >
          <DownloadButton href={noticeIcsUrl(meeting.id)} size="xs" variant="default">
            {t('meeting.noticeIcs')}
          </DownloadButton>
        </DocumentLinks>
      ) : null}
      {meeting.status === 'ended' ? <MeetingReport meeting={meeting} /> : null}
    </Stack>
  );
}
