import { ActionIcon, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Link, useNavigate } from '../lib/router.tsx';

function SearchIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

/**
 * The one search box (issue 18) in the header: typing and Enter opens the results page. On a phone the header
 * has room only for an icon, which opens the results page with its own box.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <>
      <search aria-label={t('search.label')}>
        <form onSubmit={submit}>
          <TextInput
            visibleFrom="sm"
            size="xs"
            w={240}
            leftSection={<SearchIcon />}
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        </form>
      </search>
      <ActionIcon
        component={Link}
        to="/search"
        variant="subtle"
        color="gray"
        hiddenFrom="sm"
        aria-label={t('search.label')}
        title={t('search.label')}
      >
        <SearchIcon />
      </ActionIcon>
    </>
  );
}
