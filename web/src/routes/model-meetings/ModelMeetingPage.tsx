import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  attendModelMeeting,
  keys,
  leaveModelMeeting,
  modelMeetingQuery,
  recordModelLessons,
  withdrawModelMeeting,
} from '../../api/endpoints.ts';
import type { ModelMeeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { MEETING_STATUS_COLORS, meetingStatusLabel } from '../../lib/meetings.ts';
import { Link, useParams } from '../../lib/router.tsx';

/**
 * "/model-meetings/:id": a model meeting (seed 001: "sinh hoạt chuyên đề mẫu") as its invitation reads —
 * the host cell, topic, day, time and place, the committee's purpose, the cells invited and who registered —
 * for the host's readers and the invited secretaries alike; the invited secretary registers to attend, the
 * committee withdraws it before the meeting, and after it the lessons drawn are recorded.
 */
export default function ModelMeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useQuery(modelMeetingQuery(id));
  return (
    <Stack gap="md">
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? <ModelMeetingView model={data} /> : null}
      {!data && !isPending ? (
        <Anchor component={Link} to="/">
          {t('modelMeeting.home')}
        </Anchor>
      ) : null}
    </Stack>
  );
}

function ModelMeetingView({ model }: { model: ModelMeeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = (next: ModelMeeting) => {
    queryClient.setQueryData(keys.modelMeeting(model.meetingId), next);
    void queryClient.invalidateQueries({ queryKey: keys.meeting(model.meetingId) });
  };
  const attend = useMutation({
    mutationFn: () => (model.attending ? leaveModelMeeting : attendModelMeeting)(model.meetingId),
    onSuccess: saved,
  });
  const withdraw = useMutation({
    mutationFn: () => withdrawModelMeeting(model.meetingId),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('modelMeeting.withdrawn') });
      void queryClient.invalidateQueries({ queryKey: keys.modelMeeting(model.meetingId) });
      void queryClient.invalidateQueries({ queryKey: keys.meeting(model.meetingId) });
    },
  });
  const p = model.permissions;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {model.cellName} · {t('modelMeeting.by', { committee: model.committeeName })}
        </Text>
        <Title order={2}>{model.topicTitle ?? t('modelMeeting.noTopic')}</Title>
        <Group gap="xs">
          <Badge color="grape" variant="filled" tt="none" size="lg" data-testid="model-meeting-badge">
            {t('modelMeeting.badge')}
          </Badge>
          <Badge color={MEETING_STATUS_COLORS[model.status]} variant="light" tt="none" size="lg">
            {meetingStatusLabel(t, model.status)}
          </Badge>
        </Group>
      </Stack>
      <Card withBorder padding="md">
        <Stack gap={6}>
          <Text data-testid="model-meeting-when">
            {t('modelMeeting.when', {
              date: formatDate(model.heldOn),
              time: model.startsAt,
              place: model.place,
            })}
          </Text>
          <Text size="sm">
            <b>{t('modelMeeting.purpose')}:</b> {model.purpose}
          </Text>
          <Text size="sm" data-testid="model-meeting-invited">
            <b>{t('modelMeeting.invited')}:</b> {model.invitedCells.map((c) => c.name).join(', ')}
          </Text>
          <Text size="sm" data-testid="model-meeting-observers">
            <b>{t('modelMeeting.observers')}:</b>{' '}
            {model.observers.length === 0
              ? t('modelMeeting.noObservers')
              : model.observers.map((o) => [o.fullName, o.unitName].filter(Boolean).join(', ')).join('; ')}
          </Text>
          {p.openMeeting ? (
            <Anchor component={Link} to={`/meetings/${model.meetingId}`} size="sm">
              {t('modelMeeting.openMeeting')}
            </Anchor>
          ) : null}
          <ErrorAlert error={attend.error ?? withdraw.error} />
          <Group gap="xs">
            {p.attend || p.leave ? (
              <Button
                size="sm"
                variant={model.attending ? 'default' : 'filled'}
                loading={attend.isPending}
                onClick={() => attend.mutate()}
              >
                {model.attending ? t('modelMeeting.leave') : t('modelMeeting.attend')}
              </Button>
            ) : null}
            {model.attending ? (
              <Badge color="green" variant="light" tt="none">
                {t('modelMeeting.attending')}
              </Badge>
            ) : null}
            {p.withdraw ? (
              <Button
                size="sm"
                color="red"
                variant="light"
                loading={withdraw.isPending}
                onClick={() => withdraw.mutate()}
              >
                {t('modelMeeting.withdraw')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Card>
      <LessonsCard model={model} onSaved={saved} />
    </Stack>
  );
}

/** The lessons drawn after the meeting (seed 001: "rút kinh nghiệm"); saving puts the topic in the library. */
function LessonsCard({ model, onSaved }: { model: ModelMeeting; onSaved: (m: ModelMeeting) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(model.lessons ?? '');
  const [editing, setEditing] = useState(false);
  const save = useMutation({
    mutationFn: () => recordModelLessons(model.meetingId, text),
    onSuccess: (next) => {
      onSaved(next);
      setEditing(false);
      notifications.show({ color: 'green', message: t('modelMeeting.lessonsSaved') });
    },
  });
  if (!model.lessons && !model.permissions.recordLessons) return null;
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={4}>{t('modelMeeting.lessons')}</Title>
        {model.lessons && !editing ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="model-meeting-lessons">
            {model.lessons}
          </Text>
        ) : null}
        {model.libraryModelId ? (
          <Text size="sm" c="dimmed">
            {t('modelMeeting.inLibrary', { committee: model.committeeName })}
          </Text>
        ) : null}
        {model.permissions.recordLessons && (editing || !model.lessons) ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('modelMeeting.lessonsLabel')}
                description={t('modelMeeting.lessonsHint')}
                autosize
                minRows={4}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
              />
              <ErrorAlert error={save.error} />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} disabled={text.trim() === ''}>
                  {t('modelMeeting.saveLessons')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : model.permissions.recordLessons ? (
          <Group>
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('modelMeeting.editLessons')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
