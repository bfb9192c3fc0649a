import { Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { attachmentUrl, deleteAttachment, uploadAttachment } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { formatBytes } from '../../lib/preparation.ts';
import { useTopicSaved } from './topic-cache.ts';

/** Documents and pictures that go with the topic: downloaded by everyone, attached by the preparer. */
export function AttachmentsSection({ prep }: { prep: TopicPreparation }) {
  const { t, i18n } = useTranslation();
  const saved = useTopicSaved();
  const [tooLarge, setTooLarge] = useState(false);
  // Clears the file input, so choosing the same file again (after an error) is noticed.
  const resetInput = useRef<() => void>(null);
  const { attachments, attachmentRules: rules, permissions } = prep;
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(prep.topic.id, file),
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t('topic.attachments.uploaded') });
    },
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) => deleteAttachment(prep.topic.id, attachmentId),
    onSuccess: (next) => saved(next),
  });
  if (attachments.length === 0 && !permissions.attach) return null;
  const maxMb = Math.round(rules.maxBytes / (1024 * 1024));

  const onFile = (file: File | null) => {
    upload.reset();
    // The server refuses it too; checking here saves sending 10 MB over a weak link for nothing.
    setTooLarge(file !== null && file.size > rules.maxBytes);
    if (file && file.size <= rules.maxBytes) upload.mutate(file);
    resetInput.current?.();
  };

  return (
    <Section title={t('topic.attachments.title')} testId="attachments">
      {attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('topic.attachments.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" className="topic-plain-list">
          {attachments.map((a) => (
            <li key={a.id} data-testid="attachment">
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Anchor href={attachmentUrl(prep.topic.id, a.id)} download={a.fileName} size="sm">
                    {a.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatBytes(a.sizeBytes, i18n.language)} · {a.uploadedByName ?? '—'} ·{' '}
                    {formatDateTime(a.createdAt)}
                  </Text>
                </div>
                {permissions.attach ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={t('topic.attachments.deleteNamed', { name: a.fileName })}
                    loading={remove.isPending && remove.variables === a.id}
                    onClick={() => remove.mutate(a.id)}
                  >
                    {t('common.delete')}
                  </Button>
                ) : null}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <ErrorAlert error={remove.error} />
      {permissions.attach ? (
        <Stack gap={4}>
          <Group gap="xs">
            <FileButton onChange={onFile} accept={rules.accept.join(',')} resetRef={resetInput}>
              {(props) => (
                <Button {...props} variant="light" loading={upload.isPending}>
                  {t('topic.attachments.add')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t('topic.attachments.rules', { types: rules.accept.join(', '), mb: maxMb })}
            </Text>
          </Group>
          {tooLarge ? (
            <Text size="sm" c="red.8" role="alert">
              {t('topic.attachments.tooLarge', { mb: maxMb })}
            </Text>
          ) : null}
          <ErrorAlert error={upload.error} withFields />
        </Stack>
      ) : null}
    </Section>
  );
}
