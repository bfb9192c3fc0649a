import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- notifications ------------------------------------------------------------------------------------

/** The signed-in person's notifications, newest first, and the unread count (the bell). */
export const notificationsQuery = (limit = 20) =>
  queryOptions({
    queryKey: keys.notifications(limit),
    queryFn: () => api.get('/notifications', { query: { limit } }),
  });

export const markNotificationsRead = (body: BodyOf<'/notifications/read', 'post'>) =>
  api.post('/notifications/read', { body });

/** The stream that says `unread` with the new count when a notification arrives. */
export const notificationEventsUrl = () => apiUrl('/notifications/events', {});

export const notificationSettingsQuery = () =>
  queryOptions({
    queryKey: keys.notificationSettings,
    queryFn: () => api.get('/me/notification-settings'),
  });

export const saveNotificationSettings = (body: BodyOf<'/me/notification-settings', 'put'>) =>
  api.put('/me/notification-settings', { body });

// --- calendar feed ------------------------------------------------------------------------------------

export const calendarFeedQuery = () =>
  queryOptions({ queryKey: keys.calendarFeed, queryFn: () => api.get('/me/calendar-feed') });

export const createCalendarFeed = () => api.post('/me/calendar-feed');
export const revokeCalendarFeed = () => api.delete('/me/calendar-feed');
