import { Modal } from '@mantine/core';
import type { Member } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { DisableAccountForm, ResetPasswordForm } from './AccountActions.tsx';
import { AccountForm } from './AccountForm.tsx';
import { EditProfileForm } from './EditProfileForm.tsx';
import { ChangeStatusForm, TransferForm } from './MembershipForms.tsx';

export type MemberDialog = 'edit' | 'status' | 'transfer' | 'account' | 'resetPassword' | 'disableAccount';

interface DialogsProps {
  member: Member;
  dialog: MemberDialog | null;
  onClose: () => void;
}

export function MemberDialogs({ member, dialog, onClose }: DialogsProps) {
  const { t } = useTranslation();
  const titles: Record<MemberDialog, string> = {
    edit: t('member.editProfile'),
    status: t('member.changeStatus'),
    transfer: t('member.transfer'),
    account: t('member.createAccount'),
    resetPassword: t('member.resetPassword'),
    disableAccount: t('member.disableAccount'),
  };
  return (
    <Modal
      opened={dialog !== null}
      onClose={onClose}
      title={dialog ? titles[dialog] : ''}
      size={dialog === 'edit' ? 'lg' : 'md'}
    >
      {dialog === 'edit' ? <EditProfileForm member={member} onDone={onClose} /> : null}
      {dialog === 'status' ? <ChangeStatusForm member={member} onDone={onClose} /> : null}
      {dialog === 'transfer' ? <TransferForm member={member} onDone={onClose} /> : null}
      {dialog === 'account' ? <AccountForm member={member} onDone={onClose} /> : null}
      {dialog === 'resetPassword' ? <ResetPasswordForm member={member} onDone={onClose} /> : null}
      {dialog === 'disableAccount' ? <DisableAccountForm member={member} onDone={onClose} /> : null}
    </Modal>
  );
}
