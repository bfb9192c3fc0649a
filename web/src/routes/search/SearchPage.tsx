import { Anchor, Badge, Group, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { searchQuery } from '../../api/endpoints.ts';
import type { SearchHit } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { Link, useSearchParams } from '../../lib/router.tsx';
import { Marked } from './Marked.tsx';

function HitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  // An issued report opens as the print view the server renders; everything else is a page of the app.
  const title = (
    <Marked
      segments={hit.title.length > 0 ? hit.title : [{ text: t(`search.untitled.${hit.kind}`), mark: false }]}
    />
  );
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="search-hit">
      <Group gap="xs" mb={4} wrap="wrap">
        <Badge variant="light" size="sm">
          {t(`search.kinds.${hit.kind}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {hit.unitName}
          {hit.date ? ` · ${formatDate(hit.date)}` : ''}
        </Text>
      </Group>
      {hit.link.startsWith('/api/') ? (
        <Anchor href={hit.link} target="_blank" rel="noopener" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Anchor>
      ) : (
        <Anchor component={Link} to={hit.link} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Anchor>
      )}
      {hit.snippet.length > 0 && (
        <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
          <Marked segments={hit.snippet} />
        </Text>
      )}
    </Paper>
  );
}

/** The results of the one search box (issue 18): `/search?q=&page=`. */
export default function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  const result = useQuery(searchQuery(q, page));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim()) setParams({ q: typed.trim() });
  };
  const data = result.data;
  const pages = data ? Math.ceil(data.total / data.pageSize) : 0;
  return (
    <Stack gap="sm" maw={800}>
      <Title order={2}>{t('search.title')}</Title>
      <search aria-label={t('search.label')}>
        <form onSubmit={submit}>
          <TextInput
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoFocus={!q}
            description={t('search.hint')}
          />
        </form>
      </search>
      {result.isError && <ErrorAlert error={result.error} />}
      {q && result.isPending && <Loading />}
      {data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {data.total === 0 ? t('search.none', { q: data.q }) : t('search.count', { count: data.total })}
          </Text>
          {data.hits.map((hit) => (
            <HitCard key={`${hit.kind}:${hit.id}`} hit={hit} />
          ))}
          {pages > 1 && (
            <Pagination
              total={pages}
              value={data.page}
              onChange={(p) => setParams({ q, page: String(p) })}
              size="sm"
              siblings={1}
              getControlProps={(control) => ({ 'aria-label': t(`search.pager.${control}`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
