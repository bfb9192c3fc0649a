import '../../styles/segmented.ts';
import { MultiSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DateField } from '../../components/DateField.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

export interface InspectionPlanValues {
  kind: 'inspection' | 'supervision';
  content: string;
  plannedOn: string;
  teamIds: string[];
}

/** What an inspection plan says — kind, content, date, team — as planned and as corrected later. */
export function InspectionPlanFields<T extends InspectionPlanValues>({
  form,
  people,
}: {
  form: UseFormReturnType<T>;
  people: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('inspections.kind')}
        </Text>
        <SegmentedControl
          data={[
            { value: 'inspection', label: t('inspections.kinds.inspection') },
            { value: 'supervision', label: t('inspections.kinds.supervision') },
          ]}
          {...form.getInputProps('kind')}
        />
      </Stack>
      <Textarea
        label={t('inspections.content')}
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('content')}
      />
      <DateField label={t('inspections.plannedOn')} withAsterisk {...form.getInputProps('plannedOn')} />
      <MultiSelect
        label={t('inspections.team')}
        data={people.map((p) => ({ value: p.id, label: p.name }))}
        searchable
        {...form.getInputProps('teamIds')}
      />
    </>
  );
}
