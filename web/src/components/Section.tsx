import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Phones (≤ 600 px) get cards instead of wide tables. */
export const PHONE_QUERY = '(max-width: 37.5em)';

/** A titled part of a document-like screen (plan, topic). */
export function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap="xs" component="section" data-testid={testId}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
