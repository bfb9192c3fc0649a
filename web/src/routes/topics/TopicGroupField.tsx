import { TextInput } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { TOPIC_GROUPS } from '#domain/plans/topic-groups.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { topicGroupLabel } from '../../lib/plans.ts';

interface TopicGroupFieldProps {
  label: string;
  /** A TOPIC_GROUPS code, or free text. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  /** Codes the committee's guidance suggests this year: offered first. */
  suggested?: readonly string[];
}

/**
 * The topic group: pick one of the groups named in the seeds from the browser's own suggestion list, or
 * write another. A picked group is kept as its code (so it reads right in either language); anything else
 * is kept as the words typed.
 */
export function TopicGroupField({ label, value, onChange, error, suggested = [] }: TopicGroupFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const labelOf = (code: string) => t(`topicGroups.${code}`);
  const ordered = [
    ...TOPIC_GROUPS.filter((code) => suggested.includes(code)),
    ...TOPIC_GROUPS.filter((code) => !suggested.includes(code)),
  ];
  return (
    <>
      <TextInput
        label={label}
        placeholder={t('topicGroupField.placeholder')}
        list={listId}
        autoComplete="off"
        value={value ? topicGroupLabel(t, value) : ''}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onChange(TOPIC_GROUPS.find((code) => labelOf(code) === text) ?? text);
        }}
        error={error}
      />
      <datalist id={listId}>
        {ordered.map((code) => (
          <option
            key={code}
            value={labelOf(code)}
            label={suggested.includes(code) ? t('topicGroupField.suggested') : undefined}
          />
        ))}
      </datalist>
    </>
  );
}
