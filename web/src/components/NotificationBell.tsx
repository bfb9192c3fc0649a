// The bell is in every page's header: its count is styled in app/shell.css, its drawer loads when first opened.
import { ActionIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { notificationEventsUrl, notificationsQuery } from '../api/endpoints/notifications.ts';
import { keys } from '../api/query-keys.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

// The drawer and its list load when the bell is opened: the shell keeps only the count.
const NotificationDrawer = lazy(() => import('./NotificationDrawer.tsx'));

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/**
 * Live count: the server says `unread` on the person's event stream when a notification arrives, and the
 * bell reloads the list; EventSource reconnects by itself, and the `ready` it gets then reloads too.
 */
function useNotificationEvents() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(notificationEventsUrl());
    // A new notification may be a new to-do: the home's list reloads with the bell.
    const reload = () => {
      void queryClient.invalidateQueries({ queryKey: keys.notificationsAll });
      void queryClient.invalidateQueries({ queryKey: keys.inbox });
    };
    let connected = false;
    source.addEventListener('ready', () => {
      if (connected) reload();
      connected = true;
    });
    source.addEventListener('unread', reload);
    return () => source.close();
  }, [queryClient]);
}

/** The bell in the header: the unread count, and the list in a drawer. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [everOpened, setEverOpened] = useState(false);
  const { data } = useQuery(notificationsQuery());
  useNotificationEvents();
  const unread = data?.unread ?? 0;
  // Mantine returns the focus to what held it when a drawer *opens*; the first drawer mounts already open
  // (loaded on first use), so the bell takes the focus back itself when the drawer is closed.
  const bell = useRef<HTMLButtonElement>(null);
  const closeToBell = () => {
    close();
    window.setTimeout(() => bell.current?.focus(), 0);
  };
  return (
    <>
      {/* A plain badge over the bell, not Mantine's Indicator (issue 20, "Bytes"): the name says the count. */}
      <span className="bell-count-root" data-testid="notification-count">
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          ref={bell}
          aria-label={t('notifications.bell', { count: unread })}
          title={t('notifications.bell', { count: unread })}
          onClick={() => {
            setEverOpened(true);
            open();
          }}
          data-testid="notification-bell"
        >
          <BellIcon />
        </ActionIcon>
      </span>
      {everOpened && (
        <Suspense fallback={null}>
          <NotificationDrawer opened={opened} onClose={closeToBell} onNavigate={close} />
        </Suspense>
      )}
    </>
  );
}
