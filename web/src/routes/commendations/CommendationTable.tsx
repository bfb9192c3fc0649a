import { Button, Group } from '@mantine/core';
import type { Commendation } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';

/** The list: whom, the form, why, the decision; the committee's own rows with their edit and delete. */
export function CommendationTable({
  rows,
  editable = () => false,
  onEdit,
  onDelete,
}: {
  rows: readonly Commendation[];
  editable?: (row: Commendation) => boolean;
  onEdit?: (row: Commendation) => void;
  onDelete?: (row: Commendation) => void;
}) {
  const { t } = useTranslation();
  const anyEditable = rows.some(editable);
  return (
    <DataTable
      striped
      minWidth={720}
      rows={rows}
      rowKey={(r) => r.id}
      empty={t('commendations.none')}
      emptySize="sm"
      rowProps={() => ({ 'data-testid': 'commendation-row' })}
      columns={[
        { header: t('commendations.subject'), cell: (r) => r.subject },
        {
          header: t('commendations.form'),
          cell: (r) =>
            `${t(`commendations.kinds.${r.kind}`)}: ${r.form === 'other' ? (r.formOther ?? '') : t(`commendations.forms.${r.form}`)}`,
        },
        { header: t('commendations.reason'), cell: (r) => r.reason },
        {
          header: t('commendations.decision'),
          cell: (r) =>
            t('commendations.decisionText', { number: r.decisionNumber, date: formatDate(r.decisionDate) }),
        },
        { header: t('commendations.committee'), cell: (r) => r.committeeName },
        anyEditable && {
          header: '',
          cell: (r) =>
            editable(r) ? (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="subtle" onClick={() => onEdit?.(r)}>
                  {t('commendations.edit')}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete?.(r)}>
                  {t('commendations.delete')}
                </Button>
              </Group>
            ) : null,
        },
      ]}
    />
  );
}
