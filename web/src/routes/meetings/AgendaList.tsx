import { Stack, Text } from '@mantine/core';
import type { MeetingAgendaItem } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { agendaItemLabel, agendaPartLabel } from '../../lib/meetings.ts';

/** The agenda as the notice shows it: the parts in order, each with its items and planned minutes. */
export function AgendaList({ agenda }: { agenda: MeetingAgendaItem[] }) {
  const { t } = useTranslation();
  const runs = partRuns(agenda);
  let number = 0;
  return (
    <Stack gap="xs" data-testid="agenda">
      {runs.map((run) => (
        <div key={run.items[0]?.id}>
          <Text size="sm" fw={600}>
            {agendaPartLabel(t, run.part)}
          </Text>
          <ol className="meeting-agenda-list" start={number + 1}>
            {run.items.map((item) => {
              number += 1;
              return (
                <li key={item.id}>
                  <Text size="sm" span>
                    {agendaItemLabel(t, item)}
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span>
                    {t('meeting.agenda.plannedMinutes', { count: item.plannedMinutes })}
                  </Text>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </Stack>
  );
}

/** Consecutive items of the same part, in order. */
export function partRuns<T extends { part: string }>(items: T[]): { part: string; items: T[] }[] {
  const runs: { part: string; items: T[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last.part === item.part) last.items.push(item);
    else runs.push({ part: item.part, items: [item] });
  }
  return runs;
}
