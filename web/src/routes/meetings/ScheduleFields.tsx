import '@mantine/core/styles/Radio.css';
import { Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { cellPlansQuery, planQuery } from '../../api/endpoints.ts';
import type { MeetingKind, PartOrder } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { meetingKindLabel, partOrderLabel } from '../../lib/meetings.ts';
import { currentYear, quarterLabel } from '../../lib/plans.ts';

export interface ScheduleValues {
  topicId: string;
  kind: MeetingKind;
  partOrder: PartOrder;
  heldOn: string;
  startsAt: string;
  place: string;
}

// Seed 000: a thematic meeting does not replace the monthly regular one, which is recorded too.
const KINDS: readonly MeetingKind[] = ['thematic', 'combined', 'regular'];
const ORDERS: readonly PartOrder[] = ['regular_first', 'thematic_first'];

/** The topics of the cell's plan for a year (the plan the plans area shows): none without a plan. */
export function useCellTopics(cellId: string, year: number) {
  const plans = useQuery(cellPlansQuery(cellId, year));
  const planId = plans.data?.cells.find((c) => c.cellId === cellId)?.plan?.id ?? '';
  const plan = useQuery({ ...planQuery(planId), enabled: planId !== '' });
  return {
    topics: plan.data?.topics ?? [],
    loading: plans.isPending || (planId !== '' && plan.isPending),
  };
}

/** The year of a 'YYYY-MM-DD' date, or this year. */
export function yearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear();
}

/** Topic, kind and order of the parts, date, time and place: scheduling and editing a meeting. */
export function ScheduleFields({
  form,
  cellId,
}: {
  form: UseFormReturnType<ScheduleValues>;
  cellId: string;
}) {
  const { t } = useTranslation();
  const year = yearOf(form.values.heldOn);
  const { topics, loading } = useCellTopics(cellId, year);
  const chosen = form.values.topicId;
  const known = chosen === '' || topics.some((topic) => topic.id === chosen);
  return (
    <Stack>
      {form.values.kind === 'regular' ? null : (
        <NativeSelect
          label={t('meeting.fields.topic')}
          withAsterisk
          description={t('meeting.fields.topicHint', { year })}
          disabled={loading}
          data={[
            { value: '', label: t('meeting.fields.noTopic') },
            ...topics.map((topic) => ({
              value: topic.id,
              label: `${quarterLabel(t, topic.quarter)} — ${topic.title}`,
            })),
            ...(known ? [] : [{ value: chosen, label: t('meeting.fields.otherYearTopic') }]),
          ]}
          {...form.getInputProps('topicId')}
        />
      )}
      <Radio.Group label={t('meeting.fields.kind')} {...form.getInputProps('kind')}>
        <Group gap="md" mt={4}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={meetingKindLabel(t, kind)} />
          ))}
        </Group>
      </Radio.Group>
      {form.values.kind === 'combined' ? (
        <Radio.Group label={t('meeting.fields.partOrder')} {...form.getInputProps('partOrder')}>
          <Group gap="md" mt={4}>
            {ORDERS.map((order) => (
              <Radio key={order} value={order} label={partOrderLabel(t, order)} />
            ))}
          </Group>
        </Radio.Group>
      ) : null}
      <SimpleGrid cols={2} spacing="sm">
        <DateField label={t('meeting.fields.heldOn')} withAsterisk {...form.getInputProps('heldOn')} />
        <TextInput
          type="time"
          label={t('meeting.fields.startsAt')}
          withAsterisk
          className="date-input"
          {...form.getInputProps('startsAt')}
        />
      </SimpleGrid>
      <TextInput label={t('meeting.fields.place')} withAsterisk {...form.getInputProps('place')} />
    </Stack>
  );
}

/**
 * Required fields, in the form's own words before the server checks them. Seed 000: a thematic (or combined)
 * meeting is about a topic of the plan, whose draft members study beforehand; a regular meeting has none.
 */
export function scheduleValidation(t: (key: string) => string) {
  const required = (value: string) => (value.trim() ? null : t('common.required'));
  return {
    heldOn: required,
    startsAt: required,
    place: required,
    topicId: (value: string, values: ScheduleValues) =>
      values.kind !== 'regular' && !value ? t('meeting.fields.topicRequired') : null,
  };
}

/** The schedule as the API takes it. */
export function scheduleBody(values: ScheduleValues) {
  return {
    topicId: values.kind === 'regular' ? null : values.topicId || null,
    kind: values.kind,
    partOrder: values.kind === 'combined' ? values.partOrder : null,
    heldOn: values.heldOn,
    startsAt: values.startsAt,
    place: values.place.trim(),
  };
}
