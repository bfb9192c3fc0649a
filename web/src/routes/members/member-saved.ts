import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/endpoints.ts';
import type { Member } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** After a write that returns the member: show it at once and refresh the lists it appears in. */
export function useMemberSaved(onDone: () => void) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return async (member: Member, message = t('common.saved')) => {
    queryClient.setQueryData(keys.member(member.id), member);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['members'] }),
      queryClient.invalidateQueries({ queryKey: keys.orgs }),
      queryClient.invalidateQueries({ queryKey: ['org'] }),
      queryClient.invalidateQueries({ queryKey: ['roles'] }),
    ]);
    notifications.show({ color: 'green', message });
    onDone();
  };
}
