import { queryOptions } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../client.ts';
import type { Locale, Me, TextSize } from '../models.ts';
import { keys } from '../query-keys.ts';

// --- auth -------------------------------------------------------------------------------------------

/** The signed-in user, or null when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: keys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });

export async function login(username: string, password: string): Promise<Me> {
  const me = await api.post('/auth/login', { body: { username, password } });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export const saveLocale = (locale: Locale) => api.put('/auth/locale', { body: { locale } });

/** The reading size, kept on the account (issue 18). */
export const saveTextSize = (textSize: TextSize) => api.put('/auth/text-size', { body: { textSize } });
