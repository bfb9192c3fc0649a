import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpTask } from '../../api/types.ts';
import { TaskList } from '../follow-up/TaskList.tsx';

/** "Nhiệm vụ được giao": what meetings assigned me this year, where each stands, and my report on it. */
export function MyTasks({ tasks }: { tasks: readonly FollowUpTask[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" data-testid="my-tasks">
      <Title order={3} size="h4">
        {t('followUp.mine')}
      </Title>
      <TaskList tasks={tasks} owner={false} />
    </Stack>
  );
}
