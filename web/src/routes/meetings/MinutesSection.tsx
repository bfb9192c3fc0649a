import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { draftMinutes, minutesDocumentUrl, signMinutes } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { useSignedInMe } from '../../app/session.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { AddendaSection } from './AddendaSection.tsx';
import { MinutesEditor } from './MinutesEditor.tsx';
import { MinutesSignatures } from './MinutesSignatures.tsx';
import { useMeetingSaved } from './meeting-cache.ts';

const STATUS_COLORS = { draft: 'gray', signed_by_one: 'yellow', locked: 'green' } as const;

/**
 * The minutes (biên bản): drafted from what the console recorded, edited until the first signature, signed
 * by the chair and the minute-taker each with their own account, then locked with a number; corrections
 * after that are dated addenda.
 */
export function MinutesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const saved = useMeetingSaved();
  const [dirty, setDirty] = useState(false);
  const [dialog, setDialog] = useState<'sign' | 'redraft' | null>(null);
  const { minutes, permissions } = meeting;
  const draft = useMutation({
    mutationFn: () => draftMinutes(meeting.id),
    onSuccess: (next) => {
      saved(next);
      setDialog(null);
      notifications.show({ color: 'green', message: t('meeting.minutes.drafted') });
    },
  });
  const sign = useMutation({
    mutationFn: () => signMinutes(meeting.id),
    onSuccess: (next) => {
      saved(next);
      setDialog(null);
      notifications.show({ color: 'green', message: t('meeting.minutes.signedToast') });
    },
  });
  const editable = permissions.record && minutes?.status === 'draft';

  return (
    <Section title={t('meeting.minutes.title')} testId="minutes">
      {minutes ? (
        <Group gap="xs">
          <Badge
            color={STATUS_COLORS[minutes.status]}
            variant="light"
            size="lg"
            tt="none"
            data-testid="minutes-status"
          >
            {t(`meeting.minutes.statuses.${minutes.status}`)}
          </Badge>
          {minutes.number !== null ? (
            <Text size="sm" fw={600} data-testid="minutes-number">
              {t('meeting.minutes.number', { number: minutes.number })}
            </Text>
          ) : null}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('meeting.minutes.none')}
        </Text>
      )}
      {dialog ? null : <ErrorAlert error={draft.error} />}
      {!minutes && permissions.record ? (
        <Group>
          <Button loading={draft.isPending} onClick={() => draft.mutate()}>
            {t('meeting.minutes.draft')}
          </Button>
        </Group>
      ) : null}
      {minutes && editable ? (
        <MinutesEditor meeting={meeting} minutes={minutes} onDirtyChange={setDirty} />
      ) : null}
      {minutes && !editable ? (
        <div className="meeting-minutes-text" data-testid="minutes-text">
          {minutes.text}
        </div>
      ) : null}
      {minutes && editable ? (
        <Group>
          <Button size="xs" variant="subtle" disabled={dirty} onClick={() => setDialog('redraft')}>
            {t('meeting.minutes.redraft')}
          </Button>
        </Group>
      ) : null}
      {minutes ? <MinutesSignatures meeting={meeting} minutes={minutes} /> : null}
      {minutes ? (
        <DocumentLinks
          label={t('meeting.minutesDocument')}
          url={(format) => minutesDocumentUrl(meeting.id, format)}
        />
      ) : null}
      {permissions.sign ? (
        <Stack gap={4}>
          <Group>
            <Button color="red" disabled={dirty} onClick={() => setDialog('sign')}>
              {t('meeting.minutes.sign')}
            </Button>
          </Group>
          {dirty ? (
            <Text size="xs" c="dimmed">
              {t('meeting.minutes.saveFirst')}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {minutes?.lockedAt ? <AddendaSection meeting={meeting} minutes={minutes} /> : null}
      {dialog === 'sign' ? (
        <ConfirmDialog
          title={t('meeting.minutes.signTitle')}
          confirmLabel={t('meeting.minutes.signConfirm')}
          color="red"
          pending={sign.isPending}
          error={sign.error}
          onConfirm={() => sign.mutate()}
          onClose={() => {
            setDialog(null);
            sign.reset();
          }}
        >
          <Stack gap="xs">
            <Text size="sm">
              {t('meeting.minutes.signText', {
                name: me.person?.fullName ?? me.username,
                username: me.username,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t(
                minutes?.status === 'draft'
                  ? 'meeting.minutes.signFirstHint'
                  : 'meeting.minutes.signLastHint',
              )}
            </Text>
          </Stack>
        </ConfirmDialog>
      ) : null}
      {dialog === 'redraft' ? (
        <ConfirmDialog
          title={t('meeting.minutes.redraft')}
          confirmLabel={t('meeting.minutes.redraft')}
          pending={draft.isPending}
          error={draft.error}
          onConfirm={() => draft.mutate()}
          onClose={() => {
            setDialog(null);
            draft.reset();
          }}
        >
          {t('meeting.minutes.redraftConfirm')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
