import { ActionIcon, Button, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Section } from './PlanView.tsx';
import type { PlanForm } from './plan-form.ts';

/** The plan's legal bases ("Căn cứ"): one line each, added and removed freely. */
export function LegalBasesSection({ form }: { form: PlanForm }) {
  const { t } = useTranslation();
  return (
    <Section title={t('plans.legalBases')}>
      <Text size="sm" c="dimmed">
        {t('plans.legalBasesHint')}
      </Text>
      {form.values.legalBases.map((_, i) => (
        // Legal bases have no identity of their own: their place in the list is what they are.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Group key={i} wrap="nowrap" align="flex-start" gap="xs">
          <Textarea
            autosize
            minRows={1}
            style={{ flex: 1 }}
            aria-label={t('plans.legalBasisN', { number: i + 1 })}
            {...form.getInputProps(`legalBases.${i}`)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={6}
            aria-label={t('plans.removeLegalBasis', { number: i + 1 })}
            onClick={() => form.removeListItem('legalBases', i)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      {form.errors.legalBases ? (
        <Text size="sm" c="red.8">
          {form.errors.legalBases}
        </Text>
      ) : null}
      <Group>
        <Button size="xs" variant="light" onClick={() => form.insertListItem('legalBases', '')}>
          {t('plans.addLegalBasis')}
        </Button>
      </Group>
    </Section>
  );
}
