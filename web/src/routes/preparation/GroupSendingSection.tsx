import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { sendTopicToGroups } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { useTopicSaved } from './topic-cache.ts';

/**
 * The finished topic and the cell's party groups (seed 000: "đông đảng viên có thể gửi cho tổ đảng"): where
 * it was sent, to which leader, when; "Gửi cho từng tổ đảng" for the secretary; a member reads that it
 * reached them through their group.
 */
export function GroupSendingSection({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const send = useMutation({
    mutationFn: () => sendTopicToGroups(prep.topic.id),
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t('topic.groups.sent') });
    },
  });
  if (prep.status !== 'final' || prep.groups.length === 0) return null;
  const mine = prep.myGroup;
  return (
    <Section title={t('topic.groups.title')} testId="group-sendings">
      <Stack gap="xs">
        {mine?.sentOn ? (
          <Alert color="blue" variant="light" data-testid="my-group-sending">
            {t('topic.groups.mine', { group: mine.name, date: formatDate(mine.sentOn) })}
          </Alert>
        ) : null}
        <DataTable
          striped
          minWidth={420}
          rows={prep.groups}
          rowKey={(g) => g.id}
          columns={[
            { header: t('topic.groups.group'), cell: (g) => g.name },
            { header: t('topic.groups.leader'), cell: (g) => g.leaderName ?? '—' },
            {
              header: t('topic.groups.sentOn'),
              cell: (g) => (g.sentOn ? formatDate(g.sentOn) : t('topic.groups.notSent')),
            },
          ]}
        />
        <ErrorAlert error={send.error} />
        {prep.permissions.sendToGroups ? (
          <Group>
            <Button variant="light" loading={send.isPending} onClick={() => send.mutate()}>
              {t('topic.groups.send')}
            </Button>
          </Group>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('topic.groups.hint')}
        </Text>
      </Stack>
    </Section>
  );
}
