import { Alert, Badge, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { confirmRosterImport, keys, previewRosterImport, rosterTemplateUrl } from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { roleLabel, statusLabel } from '../../lib/format.ts';

/** At most this many rows in one file: the server's limit (domain/members/roster-import.ts, MAX_ROSTER_ROWS). */
const MAX_ROWS = 1000;

type Preview = Awaited<ReturnType<typeof previewRosterImport>>;
type PreviewRow = Preview['rows'][number];

const OUTCOME_COLOR: Record<PreviewRow['outcome'], string> = {
  new: 'green',
  update: 'blue',
  unchanged: 'gray',
  error: 'red',
};
const FIELD_LABEL: Record<string, string> = {
  fullName: 'members.fullName',
  birthDate: 'members.birthDate',
  gender: 'members.gender',
  cardNumber: 'members.cardNumber',
  joinedOn: 'members.joinedOn',
  officialOn: 'members.officialOn',
  phone: 'members.phone',
  email: 'members.email',
  status: 'members.status',
};

/**
 * "Nhập từ Excel" (issue 18): pick a file, see every row's result (new, update, unchanged, or the errors by
 * field), then import — the button is disabled while any row is in error or while sending — and the summary.
 */
export function RosterImportModal({ unit, onClose }: { unit: OrgUnitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);

  const preview = useMutation({ mutationFn: (f: File) => previewRosterImport(unit.id, f) });
  const importing = useMutation({
    mutationFn: (input: { file: File; token: string }) =>
      confirmRosterImport(unit.id, input.file, input.token),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.membersOf(unit.id) }),
        queryClient.invalidateQueries({ queryKey: keys.org(unit.id) }),
        queryClient.invalidateQueries({ queryKey: keys.orgs }),
      ]);
    },
  });

  const choose = (f: File | null) => {
    setFile(f);
    preview.reset();
    importing.reset();
  };
  const data = preview.data;
  const toImport = data ? data.counts.new + data.counts.update : 0;
  const summary = importing.data;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('members.import.title', { name: unit.name })}
      size="xl"
      fullScreen={phone}
    >
      <Stack>
        <Text size="sm">{t('members.import.intro')}</Text>
        <Group>
          <Button component="a" href={rosterTemplateUrl(unit.id)} download variant="light">
            {t('members.import.template')}
          </Button>
        </Group>
        {summary ? (
          <Alert color="green" role="status" title={t('members.import.done', summary)}>
            {summary.rolesAssigned > 0
              ? t('members.import.doneRoles', { count: summary.rolesAssigned })
              : null}
          </Alert>
        ) : (
          <>
            <FileInput
              label={t('members.import.file')}
              description={t('members.import.fileRules', { rows: MAX_ROWS })}
              placeholder={t('members.import.filePlaceholder')}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              clearable
              value={file}
              onChange={choose}
            />
            <Group>
              <Button
                variant={data ? 'default' : 'filled'}
                disabled={!file}
                loading={preview.isPending}
                onClick={() => file && preview.mutate(file)}
              >
                {t('members.import.preview')}
              </Button>
            </Group>
            <ErrorAlert error={preview.error} />
          </>
        )}
        {data ? <PreviewResult data={data} /> : null}
        <ErrorAlert error={importing.error} />
        <Group justify="flex-end">
          {summary ? (
            <>
              <Button variant="default" onClick={() => choose(null)}>
                {t('members.import.another')}
              </Button>
              <Button onClick={onClose}>{t('members.import.close')}</Button>
            </>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              {data ? (
                <Button
                  disabled={data.counts.error > 0 || toImport === 0 || importing.isPending}
                  loading={importing.isPending}
                  onClick={() => {
                    if (file && !importing.isPending) importing.mutate({ file, token: data.token });
                  }}
                >
                  {t('members.import.confirm', { count: toImport })}
                </Button>
              ) : null}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function PreviewResult({ data }: { data: Preview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={500} aria-live="polite">
        {t('members.import.counts', data.counts)}
      </Text>
      {data.ignoredSheets.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('members.import.ignoredSheets', {
            sheet: data.sheetName ?? '',
            names: data.ignoredSheets.join(', '),
          })}
        </Text>
      ) : null}
      {data.ignoredColumns.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('members.import.ignoredColumns', { names: data.ignoredColumns.join(', ') })}
        </Text>
      ) : null}
      {data.counts.error > 0 ? (
        <Alert color="red" variant="light" role="alert">
          {t('members.import.hasErrors', { count: data.counts.error })}
        </Alert>
      ) : data.counts.new + data.counts.update === 0 ? (
        <Alert color="gray" variant="light">
          {t('members.import.noChanges')}
        </Alert>
      ) : null}
      <DataTable
        minWidth={640}
        rows={data.rows}
        rowKey={(r) => String(r.line)}
        rowProps={(r) => ({
          'data-outcome': r.outcome,
          style: r.outcome === 'error' ? { background: 'var(--mantine-color-red-light)' } : undefined,
        })}
        columns={[
          { header: t('members.import.line'), cell: (r) => r.line, th: { w: 60 } },
          {
            header: t('members.fullName'),
            cell: (r) => (
              <>
                <Text size="sm">{r.values.fullName || '—'}</Text>
                <Text size="xs" c="dimmed">
                  {[r.values.cardNumber, r.values.status ? statusLabel(t, r.values.status) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </>
            ),
          },
          {
            header: t('members.import.result'),
            cell: (r) => (
              <Badge color={OUTCOME_COLOR[r.outcome]} variant="light">
                {t(`members.import.outcome.${r.outcome}`)}
              </Badge>
            ),
          },
          {
            header: t('members.import.details'),
            cell: (r) =>
              r.errors.length > 0 ? (
                <List size="sm" c="red.8">
                  {r.errors.map((e) => (
                    <List.Item key={`${e.field}-${e.code}`} data-field={e.field}>
                      {e.message}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  {[
                    r.changes.length > 0 || r.statusChange
                      ? t('members.import.changed', {
                          fields: [...r.changes, ...(r.statusChange ? ['status'] : [])]
                            .map((f) => t(FIELD_LABEL[f] ?? f))
                            .join(', '),
                        })
                      : null,
                    r.assignRole
                      ? t('members.import.roleAssigned', { role: roleLabel(t, r.assignRole, 'cell') })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              ),
          },
        ]}
      />
    </Stack>
  );
}
