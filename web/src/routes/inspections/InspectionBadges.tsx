import { Badge } from '@mantine/core';
import type { Inspection, InspectionRequest } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

const STATUS_COLORS: Record<Inspection['status'], string> = {
  planned: 'gray',
  visited: 'blue',
  concluded: 'orange',
  closed: 'green',
};

export function InspectionStatusBadge({ status }: { status: Inspection['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" data-testid="inspection-status">
      {t(`inspections.statuses.${status}`)}
    </Badge>
  );
}

const REQUEST_COLORS: Record<InspectionRequest['status'], string> = {
  open: 'orange',
  answered: 'blue',
  closed: 'green',
};

export function RequestStatusBadge({ request }: { request: InspectionRequest }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={REQUEST_COLORS[request.status]} variant="light" tt="none" data-testid="request-status">
        {t(`inspections.requestStatuses.${request.status}`)}
      </Badge>
      {request.late ? (
        <Badge color="red" variant="filled" tt="none">
          {t('inspections.late')}
        </Badge>
      ) : null}
    </>
  );
}
