import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/endpoints.ts';
import type { NotificationSettings } from '../../api/models.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

const supported = () =>
  typeof navigator !== 'undefined' &&
  'serviceWorker' in navigator &&
  typeof window !== 'undefined' &&
  'PushManager' in window;

/** The VAPID public key (base64url) as the bytes PushManager.subscribe wants. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4))
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration('/sw.js');
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Opt this browser in or out of web push (the service worker /sw.js shows what arrives). */
export function PushSettings({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [subscribed, setSubscribed] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  const publicKey = settings.push.publicKey;

  useEffect(() => {
    if (!supported() || !publicKey) return;
    void currentSubscription().then((s) => setSubscribed(s !== null));
  }, [publicKey]);

  const done = (next: NotificationSettings) => queryClient.setQueryData(keys.notificationSettings, next);
  const enable = useMutation({
    mutationFn: async () => {
      if (!publicKey) throw new Error('no key');
      const registration = await navigator.serviceWorker.register('/sw.js');
      if ((await Notification.requestPermission()) !== 'granted') {
        setDenied(true);
        return null;
      }
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      });
      const json = subscription.toJSON();
      return api.post('/me/push-subscriptions', {
        body: {
          endpoint: json.endpoint ?? '',
          keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
        },
      });
    },
    onSuccess: (next) => {
      if (!next) return;
      done(next);
      setSubscribed(true);
    },
  });
  const disable = useMutation({
    mutationFn: async () => {
      const subscription = await currentSubscription();
      if (!subscription) return null;
      await subscription.unsubscribe();
      return api.delete('/me/push-subscriptions', { body: { endpoint: subscription.endpoint } });
    },
    onSuccess: (next) => {
      if (next) done(next);
      setSubscribed(false);
    },
  });

  return (
    <Section title={t('notifications.push.title')} testId="push-settings">
      {!supported() ? (
        <Text size="sm">{t('notifications.push.unsupported')}</Text>
      ) : !publicKey ? (
        <Text size="sm" data-testid="push-off">
          {t('notifications.push.off')}
        </Text>
      ) : (
        <>
          <Text size="sm">{subscribed ? t('notifications.push.on') : t('notifications.push.intro')}</Text>
          {denied && <Alert color="yellow">{t('notifications.push.denied')}</Alert>}
          {(enable.error || disable.error) && <Alert color="red">{t('notifications.push.failed')}</Alert>}
          <Group>
            {subscribed ? (
              <Button variant="light" loading={disable.isPending} onClick={() => disable.mutate()}>
                {t('notifications.push.disable')}
              </Button>
            ) : (
              <Button loading={enable.isPending} onClick={() => enable.mutate()}>
                {t('notifications.push.enable')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Section>
  );
}
