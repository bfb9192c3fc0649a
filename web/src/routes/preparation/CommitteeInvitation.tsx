import { Alert, Switch, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { inviteCommittee, withdrawCommitteeInvitation } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTopicSaved } from './topic-cache.ts';

/**
 * The cell's invitation to the committee above to comment on the drafts (issue 15; seed 000: the committee
 * "chỉ đạo, hướng dẫn cách sinh hoạt"): the secretary's (or deputy's) toggle, and for the invited committee
 * member a word on why they read drafts not yet sent to members.
 */
export function CommitteeInvitation({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const invited = prep.committeeInvitation !== null;
  const mutation = useMutation({
    mutationFn: (on: boolean) =>
      on ? inviteCommittee(prep.topic.id) : withdrawCommitteeInvitation(prep.topic.id),
    onSuccess: saved,
  });
  if (prep.invitedGuest)
    return (
      <Alert
        color="grape"
        variant="light"
        title={t('topic.invitation.guestTitle')}
        data-testid="invited-guest"
      >
        <Text size="sm">{t('topic.invitation.guest', { cell: prep.topic.cellName })}</Text>
      </Alert>
    );
  if (!prep.permissions.inviteCommittee) return null;
  return (
    <div>
      <ErrorAlert error={mutation.error} />
      <Switch
        label={t('topic.invitation.toggle')}
        description={
          prep.committeeInvitation
            ? t('topic.invitation.since', { at: formatDateTime(prep.committeeInvitation.invitedAt) })
            : t('topic.invitation.hint')
        }
        checked={invited}
        disabled={mutation.isPending}
        onChange={(event) => mutation.mutate(event.currentTarget.checked)}
        data-testid="committee-invitation"
      />
    </div>
  );
}
