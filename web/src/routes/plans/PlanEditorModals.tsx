import { Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { libraryQuery, registrationsQuery } from '../../api/endpoints.ts';
import type { Plan, Registration, TopicModel } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { criterionLabel, quarterLabel, topicGroupLabel, topicKindLabel } from '../../lib/plans.ts';
import { type DraftTopic, freeQuarter, newTopic } from './plan-form.ts';

export type AddSource = 'registrations' | 'library';

interface AddTopicDialogProps {
  source: AddSource;
  plan: Plan;
  /** What the editor holds now: proposals already taken are not offered again. */
  topics: readonly DraftTopic[];
  onAdd: (topic: DraftTopic) => void;
  onClose: () => void;
}

/** Pick topics for the plan from the members' proposals or from the committee's library. */
export function AddTopicDialog({ source, plan, topics, onAdd, onClose }: AddTopicDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={source === 'registrations' ? t('plans.registrationsTitle') : t('plans.libraryTitle')}
    >
      <Stack>
        {source === 'registrations' ? (
          <FromRegistrations plan={plan} topics={topics} onAdd={onAdd} />
        ) : (
          <FromLibrary plan={plan} topics={topics} onAdd={onAdd} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('plans.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type ListProps = Omit<AddTopicDialogProps, 'source' | 'onClose'>;

function FromRegistrations({ plan, topics, onAdd }: ListProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(registrationsQuery(plan.cellId, plan.year));
  const taken = new Set(topics.flatMap((topic) => (topic.registrationId ? [topic.registrationId] : [])));
  const offered = (data?.registrations ?? []).filter((r) => !taken.has(r.id));
  const isPerson = new Set(plan.people.map((p) => p.id));

  const add = (r: Registration) => {
    const preparerIds = isPerson.has(r.personId) ? [r.personId] : [];
    onAdd(
      newTopic({
        title: r.title,
        topicGroup: r.topicGroup ?? '',
        kind: r.topicGroup === 'ho_chi_minh_study' ? 'ho_chi_minh' : 'other',
        quarter: r.preferredQuarter ?? freeQuarter(topics),
        // The member who proposed a topic is the natural one to prepare it.
        preparerIds,
        registrationId: r.id,
      }),
    );
  };

  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (offered.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.noRegistrationsLeft', { year: plan.year })}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('plans.registrationsHint')}
      </Text>
      {offered.map((r) => (
        <Card key={r.id} withBorder padding="sm" data-testid="registration-option">
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {r.title}
            </Text>
            <Text size="xs" c="dimmed">
              {t('registrations.by', { name: r.personName })}
              {r.preferredQuarter
                ? ` · ${t('registrations.prefers', { quarter: quarterLabel(t, r.preferredQuarter) })}`
                : ''}
            </Text>
            <Text size="xs">
              {topicGroupLabel(t, r.topicGroup)} · {criterionLabel(t, r.criterion)}
            </Text>
            {r.reason ? (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {r.reason}
              </Text>
            ) : null}
            <Group>
              <Button
                size="compact-sm"
                onClick={() => add(r)}
                aria-label={t('plans.addThis', { title: r.title })}
              >
                {t('plans.addToPlan')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function FromLibrary({ plan, topics, onAdd }: ListProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(libraryQuery(plan.cellId));
  const taken = new Set(topics.flatMap((topic) => (topic.modelId ? [topic.modelId] : [])));
  const offered = (data?.models ?? []).filter((m) => !taken.has(m.id));

  const add = (m: TopicModel) =>
    onAdd(
      newTopic({
        title: m.title,
        topicGroup: m.topicGroup ?? '',
        kind: m.kind,
        workContent: m.workContent ?? '',
        quarter: freeQuarter(topics),
        modelId: m.id,
      }),
    );

  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (offered.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('library.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {offered.map((m) => (
        <Card key={m.id} withBorder padding="sm" data-testid="library-option">
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {m.title}
              </Text>
              <Badge size="sm" variant="light" tt="none">
                {topicKindLabel(t, m.kind)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {topicGroupLabel(t, m.topicGroup)} ·{' '}
              {t('library.source', { cell: m.sourceCellName ?? '—', committee: m.committeeName })}
            </Text>
            {m.workContent ? (
              <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {m.workContent}
              </Text>
            ) : null}
            <Group>
              <Button
                size="compact-sm"
                onClick={() => add(m)}
                aria-label={t('plans.addThis', { title: m.title })}
              >
                {t('plans.addToPlan')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
