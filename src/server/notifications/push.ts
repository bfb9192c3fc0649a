import type { Kysely } from 'kysely';
import type WebPush from 'web-push';
import { nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import * as store from './store.ts';

/**
 * web-push (≈11 MiB resident with its crypto and HTTP helpers) is loaded with the first push sent or the first
 * keys made, not at start-up (issue 20, "Bytes and start-up").
 */
const loadWebPush = async (): Promise<typeof WebPush> => (await import('web-push')).default;

type Q = Parameters<typeof store.findSetting>[0];

/** The server's VAPID keys, kept in the database so every instance signs alike (`npm run cli -- vapid`). */
const KEY = 'vapid_keys';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export async function vapidKeys(db: Q): Promise<VapidKeys | undefined> {
  const row = await store.findSetting(db, KEY);
  if (!row) return undefined;
  const parsed = JSON.parse(row.value) as Partial<VapidKeys>;
  return typeof parsed.publicKey === 'string' && typeof parsed.privateKey === 'string'
    ? { publicKey: parsed.publicKey, privateKey: parsed.privateKey }
    : undefined;
}

/** Makes the keys once; later calls keep them (a new pair would orphan every browser's subscription). */
export async function ensureVapidKeys(db: Kysely<DB>): Promise<{ keys: VapidKeys; created: boolean }> {
  const existing = await vapidKeys(db);
  if (existing) return { keys: existing, created: false };
  const keys = (await loadWebPush()).generateVAPIDKeys();
  await store.saveSetting(db, KEY, JSON.stringify(keys), nowIso());
  return { keys, created: true };
}

export interface PushMessage {
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  payload: { title: string; body: string; url: string };
}
export interface PushTransport {
  send(message: PushMessage): Promise<void>;
}
/** A push service's answer that the subscription no longer exists: drop it instead of retrying. */
export class SubscriptionGone extends Error {}

type Send = typeof WebPush.sendNotification;

/**
 * web-push, signing with the keys in the database (read on each send: keys made later are picked up). `send`
 * is web-push's own (loaded with the first send); tests pass one that builds the same request without a network.
 */
export function webPushTransport(db: Kysely<DB>, subject: string, sendWith?: Send): PushTransport {
  return {
    async send({ subscription, payload }) {
      const keys = await vapidKeys(db);
      if (!keys) throw new Error('no VAPID keys: run npm run cli -- vapid');
      const send = sendWith ?? (await loadWebPush()).sendNotification;
      try {
        await send(subscription, JSON.stringify(payload), {
          vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: 24 * 3600,
        });
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410)
          throw new SubscriptionGone(`push subscription gone (${status})`);
        throw err;
      }
    },
  };
}
