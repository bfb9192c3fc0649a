import { useQuery } from '@tanstack/react-query';
import { orgQuery } from '../../api/endpoints.ts';
import type { Plan } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** The committee a cell reports to: the nearest committee above it (ancestors come root first). */
export function useParentCommittee(cellId: string, enabled: boolean): string | null {
  const { data } = useQuery({ ...orgQuery(cellId), enabled });
  return data?.ancestors.findLast((a) => a.kind === 'committee')?.name ?? null;
}

/** "Trình kế hoạch năm 2026 của Chi bộ … lên Đảng ủy …?": submitting is asked once, naming what goes where. */
export function PlanSubmitConfirm({
  plan,
  committee,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  plan: Plan;
  committee: string | null;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('planActions.submitTitle')}
      confirmLabel={t('planActions.submit')}
      pending={pending}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {t('planActions.submitConfirm', {
        year: plan.year,
        cell: plan.cellName,
        committee: committee ?? t('planActions.theCommittee'),
      })}
    </ConfirmDialog>
  );
}
