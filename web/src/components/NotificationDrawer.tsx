// The bell's drawer and list, loaded when the bell is first opened: the drawer's modal machinery
// (focus trap, scroll lock, portal) is not part of the first screen (issue 20, "Bytes").
import '@mantine/core/styles/Drawer.css';
import { Drawer } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Loading } from './Loading.tsx';

const NotificationList = lazy(() => import('../routes/notifications/NotificationList.tsx'));

export default function NotificationDrawer({
  opened,
  onClose,
  onNavigate,
}: {
  opened: boolean;
  /** Escape or the close button: the bell takes the focus back. */
  onClose: () => void;
  /** A notification opened: the page changes, the focus goes with it. */
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} position="right" title={t('notifications.title')} size="md">
      {opened && (
        <Suspense fallback={<Loading />}>
          <NotificationList onNavigate={onNavigate} />
        </Suspense>
      )}
    </Drawer>
  );
}
