import '../../styles/data.ts';
import './topic.css';
import { Alert, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { keys, markTopicOpened, topicQuery } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useParams } from '../../lib/router.tsx';
import { AttachmentsSection } from './AttachmentsSection.tsx';
import { BriefingSection } from './BriefingSection.tsx';
import { CommentsSection } from './CommentsSection.tsx';
import { CommitteeInvitation } from './CommitteeInvitation.tsx';
import { GroupSendingSection } from './GroupSendingSection.tsx';
import { ReadersSection } from './ReadersSection.tsx';
import { ResolutionSection } from './ResolutionSection.tsx';
import { DraftSection, OutlineSection } from './TextSections.tsx';
import { TopicActions } from './TopicActions.tsx';
import { TopicHeader } from './TopicHeader.tsx';
import { TopicHistory } from './TopicHistory.tsx';
import { TopicSteps } from './TopicSteps.tsx';
import { VersionsSection } from './VersionsSection.tsx';

// A resolution's interim and final reviews: only resolution topics load them.
const TopicReviewsSection = lazy(() => import('../follow-up/TopicReviewsSection.tsx'));

/** "/topics/:id": preparing a topic of the plan, from the secretary's briefing to the finished text. */
export default function TopicPage() {
  const { id = '' } = useParams();
  const { data: prep, error, isPending, refetch } = useQuery(topicQuery(id));
  useReadReceipt(prep);
  if (isPending) return <Loading />;
  if (error || !prep) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  // A new status changes what can be edited and done: start the screen afresh.
  return <TopicScreen key={`${prep.topic.id}:${prep.status}`} prep={prep} />;
}

/** A member who received a text and opens the page has read it: tell the server once. */
function useReadReceipt(prep: TopicPreparation | undefined) {
  const queryClient = useQueryClient();
  const sent = useRef<string | null>(null);
  const topicId = prep?.topic.id;
  const unread = prep?.myReading.some((r) => r.openedAt === null) ?? false;
  useEffect(() => {
    if (!topicId || !unread || sent.current === topicId) return;
    sent.current = topicId;
    markTopicOpened(topicId).then(
      () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: keys.topic(topicId) }),
          queryClient.invalidateQueries({ queryKey: ['assignments'] }),
        ]),
      // A lost receipt is sent again on the next visit; it is not worth interrupting the reader.
      () => {
        sent.current = null;
      },
    );
  }, [topicId, unread, queryClient]);
}

function TopicScreen({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  // Unsaved edits in the outline or the draft editor hold back the lifecycle buttons.
  const [dirty, setDirty] = useState({ outline: false, draft: false });
  const onDirtyChange = (kind: 'outline' | 'draft', value: boolean) =>
    setDirty((old) => (old[kind] === value ? old : { ...old, [kind]: value }));
  const refusal =
    prep.status === 'draft1_refused' || prep.status === 'draft2_refused'
      ? prep.events.findLast((e) => e.action === 'refuse')
      : undefined;

  return (
    <Stack gap="lg">
      <TopicHeader prep={prep} />

      {prep.topic.planStatus === 'draft' ? (
        <Alert color="yellow" variant="light">
          {t('topic.planNotAdopted')}
        </Alert>
      ) : null}
      {refusal ? (
        <Alert color="red" variant="filled" title={t('topic.refusedTitle')} data-testid="refusal">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {refusal.remark}
          </Text>
          <Text size="xs" mt={4}>
            {refusal.actorName ?? ''} · {formatDateTime(refusal.at)}
          </Text>
        </Alert>
      ) : null}
      {prep.permissions.comment && prep.dates.commentDueOn ? (
        <Alert color="blue" variant="light" title={t('topic.commentInviteTitle')}>
          <Text size="sm">{t('topic.commentInvite', { date: formatDate(prep.dates.commentDueOn) })}</Text>
        </Alert>
      ) : null}

      <CommitteeInvitation prep={prep} />
      <TopicActions prep={prep} dirty={dirty.outline || dirty.draft} />
      <TopicSteps prep={prep} />
      {prep.topic.kind === 'resolution' ? <ResolutionSection prep={prep} /> : null}
      {prep.topic.kind === 'resolution' ? (
        <Suspense fallback={<Loading />}>
          <TopicReviewsSection prep={prep} />
        </Suspense>
      ) : null}
      <BriefingSection prep={prep} />
      <OutlineSection prep={prep} onDirtyChange={(value) => onDirtyChange('outline', value)} />
      <DraftSection prep={prep} onDirtyChange={(value) => onDirtyChange('draft', value)} />
      <CommentsSection prep={prep} />
      <ReadersSection prep={prep} />
      <GroupSendingSection prep={prep} />
      <VersionsSection prep={prep} />
      <AttachmentsSection prep={prep} />
      <TopicHistory prep={prep} />
    </Stack>
  );
}
