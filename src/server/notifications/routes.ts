import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { NOTIFICATION_KINDS } from '#domain/notifications/kinds.ts';
import { holdStreamForSession } from '../auth/session-streams.ts';
import { requireActor } from '../authz/authorize.ts';
import type { AppEnv } from '../http/context.ts';
import { errorResponses, IdSchema, jsonBody, jsonResponse } from '../http/schemas.ts';
import { validationHook } from '../http/validation.ts';
import { subscribe } from './live.ts';
import * as service from './service.ts';

const tags = ['notifications'];
const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    unitId: z.string(),
    unitName: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    link: z.string().openapi({ description: 'The web client path to open, e.g. /topics/…' }),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');
const NotificationListSchema = z
  .object({
    items: z.array(NotificationSchema),
    unread: z.number().int(),
    total: z.number().int(),
  })
  .openapi('NotificationList');
const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
const ReadRequest = z
  .object({
    ids: z.array(IdSchema).max(200).optional(),
    all: z.boolean().optional(),
  })
  .refine((b) => b.all === true || (b.ids !== undefined && b.ids.length > 0), {
    message: 'required',
    path: ['ids'],
  })
  .openapi('MarkNotificationsReadRequest');
const ReadResult = z
  .object({ changed: z.number().int(), unread: z.number().int() })
  .openapi('MarkNotificationsRead');
const SettingsSchema = z
  .object({
    emailEnabled: z
      .boolean()
      .openapi({ description: 'False when the server has no SMTP_URL: e-mail is off' }),
    email: z.string().nullable(),
    push: z.object({
      publicKey: z
        .string()
        .nullable()
        .openapi({ description: "The server's VAPID public key; null: web push is not set up" }),
      subscriptions: z.number().int().openapi({ description: "How many of the person's browsers opted in" }),
    }),
    kinds: z.array(z.object({ kind: z.enum(NOTIFICATION_KINDS), email: z.boolean() })),
  })
  .openapi('NotificationSettings');
const SettingsRequest = z
  .object({
    kinds: z
      .array(z.object({ kind: z.enum(NOTIFICATION_KINDS), email: z.boolean() }))
      .max(NOTIFICATION_KINDS.length),
  })
  .openapi('NotificationSettingsRequest');

const PushSubscriptionRequest = z
  .object({
    endpoint: z.string().url().max(2000),
    keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
  })
  .openapi('PushSubscriptionRequest');
const PushEndpointRequest = z.object({ endpoint: z.string().max(2000) }).openapi('PushEndpointRequest');

/** How long the stream waits for a writer's transaction to commit before it gives the notice up. */
const VISIBLE_WAIT_MS = 5000;

export const notificationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications',
      tags,
      summary: "The signed-in person's notifications, newest first, with the unread count",
      request: { query: ListQuery },
      responses: { 200: jsonResponse(NotificationListSchema, 'Notifications'), ...errorResponses },
    }),
    async (c) => c.json(await service.listNotifications(db(c), actor(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/read',
      tags,
      summary: 'Mark notifications read: the listed ids, or all of them',
      request: jsonBody(ReadRequest),
      responses: { 200: jsonResponse(ReadResult, 'Marked'), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(
        await service.markNotificationsRead(db(c), actor(c), body.all ? 'all' : (body.ids ?? [])),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications/events',
      tags,
      summary: 'Server-sent events: `unread` with the new count each time a notification arrives',
      responses: {
        200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const who = actor(c);
      const database = db(c);
      const personId = who.personId;
      return streamSSE(c, async (stream) => {
        let resolveClosed: () => void = () => {};
        const closed = new Promise<void>((resolve) => {
          resolveClosed = resolve;
        });
        let open = true;
        const unsubscribe = personId
          ? subscribe(personId, (ids) => {
              void (async () => {
                // Announced inside the writer's transaction: tell the page once the rows are committed.
                const deadline = Date.now() + VISIBLE_WAIT_MS;
                while (open && Date.now() < deadline) {
                  if (await service.allVisible(database, ids)) {
                    const unread = await service.unreadCount(database, personId);
                    if (open) await stream.writeSSE({ event: 'unread', data: String(unread) });
                    return;
                  }
                  await new Promise((r) => setTimeout(r, 100));
                }
              })().catch(() => {});
            })
          : () => {};
        // The stream ends with its session (logout, expiry) and at shutdown.
        const release = await holdStreamForSession(database, c.get('session')?.id ?? null, resolveClosed);
        stream.onAbort(() => {
          open = false;
          unsubscribe();
          release();
          resolveClosed();
        });
        const unread = personId ? await service.unreadCount(database, personId) : 0;
        await stream.writeSSE({ event: 'ready', data: String(unread) });
        // A comment line every 25 s keeps proxies and phones from closing an idle stream.
        const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), 25_000);
        await closed;
        clearInterval(keepAlive);
        open = false;
        unsubscribe();
        release();
      });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/notification-settings',
      tags,
      summary: 'Per kind, in-app only or also by e-mail; whether e-mail is on at all',
      responses: { 200: jsonResponse(SettingsSchema, 'Settings'), ...errorResponses },
    }),
    async (c) => c.json(await service.getNotificationSettings(db(c), actor(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/me/notification-settings',
      tags,
      summary: 'Choose, per kind, in-app only or also by e-mail',
      request: jsonBody(SettingsRequest),
      responses: { 200: jsonResponse(SettingsSchema, 'Saved'), ...errorResponses },
    }),
    async (c) =>
      c.json(await service.saveNotificationSettings(db(c), actor(c), c.req.valid('json').kinds), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/push-subscriptions',
      tags,
      summary: "Opt this browser in to web push (its PushSubscription, made with the server's VAPID key)",
      request: jsonBody(PushSubscriptionRequest),
      responses: { 200: jsonResponse(SettingsSchema, 'Subscribed'), ...errorResponses },
    }),
    async (c) => c.json(await service.subscribePush(db(c), actor(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/me/push-subscriptions',
      tags,
      summary: 'Opt this browser out of web push',
      request: jsonBody(PushEndpointRequest),
      responses: { 200: jsonResponse(SettingsSchema, 'Unsubscribed'), ...errorResponses },
    }),
    async (c) => c.json(await service.unsubscribePush(db(c), actor(c), c.req.valid('json').endpoint), 200),
  );
