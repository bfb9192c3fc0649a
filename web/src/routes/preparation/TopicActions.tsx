import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topicTransition } from '../../api/endpoints.ts';
import type { DraftAction, TopicPreparation } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { draftActionLabel } from '../../lib/preparation.ts';
import type { TopicDialog } from './TopicActionModals.tsx';
import { useTopicSaved } from './topic-cache.ts';

const TopicActionDialog = lazy(() =>
  import('./TopicActionModals.tsx').then((m) => ({ default: m.TopicActionDialog })),
);

type DirectAction = 'submit' | 'withdraw' | 'close_comments' | 'start_draft2' | 'finalise';
const DIRECT: readonly DraftAction[] = ['submit', 'withdraw', 'close_comments', 'start_draft2', 'finalise'];
const isDirect = (action: DraftAction): action is DirectAction => DIRECT.includes(action);
/** Actions that send the saved text on: unsaved edits would not go with it. */
const SENDS_TEXT: readonly DraftAction[] = ['submit', 'finalise'];

/** The lifecycle steps the server offers this user now (permissions.actions), as buttons. */
export function TopicActions({ prep, dirty }: { prep: TopicPreparation; dirty: boolean }) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const [dialog, setDialog] = useState<TopicDialog | null>(null);
  const direct = useMutation({
    mutationFn: (action: DirectAction) => topicTransition[action](prep.topic.id),
    onSuccess: (next, action) => {
      saved(next);
      notifications.show({ color: 'green', message: t(`draftActions.done.${action}`) });
    },
  });
  const actions = prep.permissions.actions.filter((a) => a !== 'distribute');
  if (actions.length === 0) return null;
  const held = dirty && actions.some((a) => SENDS_TEXT.includes(a));

  return (
    <Stack gap={4} data-testid="topic-actions">
      <Group gap="xs">
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'withdraw' || action === 'refuse' ? 'light' : 'filled'}
            color={action === 'refuse' ? 'orange' : undefined}
            disabled={dirty && SENDS_TEXT.includes(action)}
            loading={direct.isPending && direct.variables === action}
            onClick={() => (isDirect(action) ? direct.mutate(action) : setDialog(action as TopicDialog))}
          >
            {draftActionLabel(t, action)}
          </Button>
        ))}
      </Group>
      {held ? (
        <Text size="xs" c="dimmed">
          {t('draftActions.saveFirst')}
        </Text>
      ) : null}
      <ErrorAlert error={direct.error} />
      {dialog ? (
        <Suspense fallback={null}>
          <TopicActionDialog prep={prep} dialog={dialog} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
