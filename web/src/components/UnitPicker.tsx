import '@mantine/core/styles/Combobox.css';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { type UnitSearch, unitSearchQuery } from '../api/endpoints.ts';
import type { OrgKind } from '../api/models.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/** A unit as a picker shows it: its name, then its parent's and grandparent's to tell namesakes apart. */
export interface UnitOption {
  id: string;
  name: string;
  path?: readonly string[];
}

export const unitLabel = (u: UnitOption) => [u.name, ...(u.path ?? [])].join(' — ');

interface UnitPickerProps {
  label: string;
  value: string | null;
  /** The current value's name (on edit, or from the address), shown before anything is searched. */
  current?: UnitOption | null;
  onChange: (unit: UnitOption | null) => void;
  kind?: OrgKind;
  /** Only units strictly under this one. */
  under?: string;
  /** Not this unit nor anything under it. */
  exclude?: string;
  /** Units not to offer (those already chosen in a list). */
  omit?: readonly string[];
  /** The box empties after each choice: a picker that adds to a list. */
  resetOnPick?: boolean;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  withAsterisk?: boolean;
  clearable?: boolean;
  w?: React.ComponentProps<typeof Select>['w'];
}

/**
 * A searchable unit picker (issue 20): as the user types, the server is asked (`GET /orgs/search`, debounced) for
 * the units they see whose name holds the words, tones ignored; a province's thousands of units never come down.
 */
export function UnitPicker({
  label,
  value,
  current,
  onChange,
  kind,
  under,
  exclude,
  omit,
  resetOnPick,
  placeholder,
  description,
  error,
  withAsterisk,
  clearable,
  w,
}: UnitPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<UnitOption | null>(current ?? null);
  const selected = value ? (chosen?.id === value ? chosen : current?.id === value ? current : null) : null;
  // The box shows the chosen unit's label: that is not a query, the whole list is.
  const typed = selected && search === unitLabel(selected) ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const params: UnitSearch = { q, kind, under, exclude };
  const results = useQuery({
    ...unitSearchQuery(params),
    enabled: opened || q !== '',
    placeholderData: keepPreviousData,
  });
  const found = (results.data?.units ?? []).filter((u) => !omit?.includes(u.id));
  const options = found.map((u) => ({ value: u.id, label: unitLabel(u) }));
  if (selected && !found.some((u) => u.id === selected.id))
    options.unshift({ value: selected.id, label: unitLabel(selected) });
  const byId = new Map<string, UnitOption>(found.map((u) => [u.id, u]));
  if (selected) byId.set(selected.id, selected);
  const waiting = results.isFetching || q !== typed;

  return (
    <Select
      label={label}
      description={description}
      error={error}
      withAsterisk={withAsterisk}
      placeholder={placeholder ?? t('orgs.picker.placeholder')}
      searchable
      clearable={clearable}
      w={w}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered and ranked already.
      filter={({ options: all }) => all}
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      onChange={(id) => {
        const unit = id ? (byId.get(id) ?? null) : null;
        setChosen(unit);
        if (resetOnPick) setSearch('');
        onChange(unit);
      }}
      nothingFoundMessage={waiting ? t('orgs.picker.searching') : t('orgs.picker.nothingFound')}
      rightSection={waiting && opened ? <Loader size="xs" /> : undefined}
      comboboxProps={{ withinPortal: true }}
      data-testid="unit-picker"
    />
  );
}
