import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { topicTransition } from '../../api/endpoints.ts';
import type { DraftAction, TopicPreparation } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { draftActionKey, draftActionLabel } from '../../lib/preparation.ts';
import type { TopicDialog } from './TopicActionModals.tsx';
import { asksConfirmation, TopicConfirm, type TopicConfirmAction } from './TopicConfirm.tsx';
import { useTopicSaved } from './topic-cache.ts';
import { heldBack } from './topic-holds.ts';

const TopicActionDialog = lazy(() =>
  import('./TopicActionModals.tsx').then((m) => ({ default: m.TopicActionDialog })),
);
const ScheduleMeetingModal = lazy(() =>
  import('../meetings/ScheduleMeetingModal.tsx').then((m) => ({ default: m.ScheduleMeetingModal })),
);
const PaperMeetingModal = lazy(() =>
  import('../meetings/PaperMeetingModal.tsx').then((m) => ({ default: m.PaperMeetingModal })),
);

type DirectAction = 'submit' | 'withdraw' | 'close_comments' | 'start_draft2' | 'finalise' | 'issue';
const DIRECT: readonly DraftAction[] = [
  'submit',
  'withdraw',
  'close_comments',
  'start_draft2',
  'finalise',
  'issue',
];
const isDirect = (action: DraftAction): action is DirectAction => DIRECT.includes(action);

/**
 * The lifecycle steps the server offers this user now (permissions.actions), as buttons; and the topic's
 * meeting: "Lên lịch sinh hoạt" while it has none (permissions.schedule). The topic is presented at its
 * meeting; `present` is offered only to enter a past meeting held on paper, with its signed minutes.
 */
export function TopicActions({ prep, dirty }: { prep: TopicPreparation; dirty: boolean }) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const hintId = useId();
  const [dialog, setDialog] = useState<TopicDialog | 'paper' | 'schedule' | null>(null);
  const [confirming, setConfirming] = useState<TopicConfirmAction | null>(null);
  const direct = useMutation({
    mutationFn: (action: DirectAction) => topicTransition[action](prep.topic.id),
    onSuccess: (next, action) => {
      const key = draftActionKey(prep, action);
      saved(next);
      setConfirming(null);
      notifications.show({ color: 'green', message: t(`draftActions.done.${key}`) });
    },
  });
  const actions = prep.permissions.actions.filter((a) => a !== 'distribute');
  if (actions.length === 0 && !prep.permissions.schedule) return null;
  // Why a step that sends the text on is not possible yet: one line under the buttons says it.
  const holds = actions.map((action) => heldBack(prep, action, dirty));
  const hint = holds.find((hold) => hold !== null) ?? null;
  const onClick = (action: DraftAction) => {
    if (asksConfirmation(prep, action)) setConfirming(action);
    else if (isDirect(action)) direct.mutate(action);
    else if (action === 'present') setDialog('paper');
    else setDialog(action as TopicDialog);
  };

  return (
    <Stack gap={4} data-testid="topic-actions">
      <Group gap="xs">
        {prep.permissions.schedule ? (
          <Button variant="filled" onClick={() => setDialog('schedule')}>
            {t('topic.scheduleMeeting')}
          </Button>
        ) : null}
        {actions.map((action, i) => (
          <Button
            key={action}
            variant={
              action === 'withdraw' || action === 'refuse' || action === 'present' ? 'light' : 'filled'
            }
            color={action === 'refuse' ? 'orange' : undefined}
            disabled={holds[i] !== null}
            aria-describedby={holds[i] ? hintId : undefined}
            loading={direct.isPending && direct.variables === action && !confirming}
            onClick={() => onClick(action)}
          >
            {draftActionLabel(t, draftActionKey(prep, action))}
          </Button>
        ))}
      </Group>
      {hint ? (
        <Text size="xs" c="dimmed" id={hintId} data-testid="topic-actions-hint">
          {t(hint.key, hint.values)}
        </Text>
      ) : null}
      {confirming ? null : <ErrorAlert error={direct.error} />}
      {confirming ? (
        <TopicConfirm
          prep={prep}
          action={confirming}
          pending={direct.isPending}
          error={direct.error}
          onConfirm={() => direct.mutate(confirming)}
          onClose={() => {
            setConfirming(null);
            direct.reset();
          }}
        />
      ) : null}
      {dialog ? (
        <Suspense fallback={null}>
          {dialog === 'schedule' ? (
            <ScheduleMeetingModal
              cellId={prep.topic.cellId}
              topic={{ id: prep.topic.id, year: prep.topic.year }}
              onClose={() => setDialog(null)}
            />
          ) : dialog === 'paper' ? (
            <PaperMeetingModal prep={prep} onClose={() => setDialog(null)} />
          ) : (
            <TopicActionDialog prep={prep} dialog={dialog} onClose={() => setDialog(null)} />
          )}
        </Suspense>
      ) : null}
    </Stack>
  );
}
