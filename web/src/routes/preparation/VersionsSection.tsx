import { Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TopicPreparation } from '../../api/models.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { versionLabel } from '../../lib/preparation.ts';
import { VersionDiff } from './VersionDiff.tsx';

/** Every saved version, and what changed between any two of them. */
export function VersionsSection({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const { versions } = prep;
  // By default the last two versions of the draft (or of whatever there is).
  const drafts = versions.filter((v) => v.kind === 'draft');
  const pool = drafts.length >= 2 ? drafts : versions;
  // Until the user picks, the choice follows the newest versions (a save adds one).
  const [pickedFrom, setFrom] = useState<string | null>(null);
  const [pickedTo, setTo] = useState<string | null>(null);
  const from = pickedFrom ?? pool.at(-2)?.id ?? '';
  const to = pickedTo ?? pool.at(-1)?.id ?? '';
  const [compared, setCompared] = useState<{ from: string; to: string } | null>(null);
  if (versions.length === 0) return null;
  const options = versions.map((v) => ({ value: v.id, label: versionLabel(t, v) }));

  return (
    <Section title={t('topic.versions.title')} testId="versions">
      <Stack gap={4} component="ul" className="topic-plain-list">
        {[...versions].reverse().map((v) => (
          <li key={v.id} data-testid="version">
            <Group gap="xs">
              <Text size="sm" fw={500}>
                {versionLabel(t, v)}
              </Text>
              {v.sent ? (
                <Badge color="blue" variant="light" tt="none" size="sm">
                  {t('topic.versions.sent')}
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {v.authorName ?? '—'} · {formatDateTime(v.createdAt)}
            </Text>
          </li>
        ))}
      </Stack>
      {versions.length >= 2 ? (
        <Stack gap="xs">
          <Group gap="xs" align="flex-end">
            <NativeSelect
              label={t('topic.versions.from')}
              data={options}
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              style={{ flex: '1 1 12rem' }}
            />
            <NativeSelect
              label={t('topic.versions.to')}
              data={options}
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              style={{ flex: '1 1 12rem' }}
            />
            <Button
              variant="light"
              disabled={!from || !to || from === to}
              onClick={() => setCompared({ from, to })}
            >
              {t('topic.versions.compare')}
            </Button>
          </Group>
          {compared ? <VersionDiff topicId={prep.topic.id} from={compared.from} to={compared.to} /> : null}
        </Stack>
      ) : null}
    </Section>
  );
}
