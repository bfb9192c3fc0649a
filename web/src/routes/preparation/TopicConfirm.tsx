import { Stack, Text } from '@mantine/core';
import type { DraftAction, TopicPreparation } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, todayLocalDate } from '../../lib/format.ts';

export type TopicConfirmAction = Extract<DraftAction, 'close_comments' | 'finalise' | 'issue'>;

/**
 * Steps that ask first: ending the comments while members still have time (the due date is the last day they
 * may comment), issuing the finished text, which cannot be changed afterwards, and for a resolution topic
 * sending the completed text to the committee and the secretary's issue of the resolution.
 */
export function asksConfirmation(prep: TopicPreparation, action: DraftAction): action is TopicConfirmAction {
  if (action === 'finalise' || action === 'issue') return true;
  const due = prep.dates.commentDueOn;
  return action === 'close_comments' && due !== null && todayLocalDate() <= due;
}

export function TopicConfirm({
  prep,
  action,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  prep: TopicPreparation;
  action: TopicConfirmAction;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const resolution = prep.topic.kind === 'resolution';
  const which =
    action === 'close_comments'
      ? 'closeEarly'
      : action === 'issue'
        ? 'issueResolution'
        : resolution
          ? 'completeResolution'
          : 'issueFinal';
  return (
    <ConfirmDialog
      title={t(`draftActions.confirm.${which}.title`)}
      confirmLabel={t(`draftActions.confirm.${which}.confirm`)}
      color={action === 'close_comments' ? 'orange' : undefined}
      pending={pending}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {action === 'close_comments' ? (
        <CloseCommentsText prep={prep} />
      ) : (
        t(`draftActions.confirm.${which}.text`, { title: prep.topic.title, cell: prep.topic.cellName })
      )}
    </ConfirmDialog>
  );
}

/**
 * The due date, and who has not opened or commented on draft 1 yet: the read receipts the page already has for
 * the preparers and approvers (`readers`); to anyone else the server sends none, and the date is all we say.
 */
function CloseCommentsText({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const readers = prep.readers.filter((r) => r.round === 'draft1');
  const total = readers.length;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('draftActions.confirm.closeEarly.due', { date: formatDate(prep.dates.commentDueOn ?? '') })}
      </Text>
      {total > 0 ? (
        <Text size="sm" fw={500} data-testid="close-comments-counts">
          {t('draftActions.confirm.closeEarly.counts', {
            total,
            notOpened: readers.filter((r) => r.openedAt === null).length,
            notCommented: readers.filter((r) => !r.commented).length,
          })}
        </Text>
      ) : null}
      <Text size="sm">{t('draftActions.confirm.closeEarly.text')}</Text>
    </Stack>
  );
}
