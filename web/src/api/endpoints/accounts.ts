import { api, type BodyOf } from '../client.ts';

// --- accounts (issue 19) --------------------------------------------------------------------------------

/** One's own password; every other session of the person ends. */
export const changePassword = (body: BodyOf<'/auth/password', 'put'>) => api.put('/auth/password', { body });

/** An officer's or administrator's reset: a typed password, or a temporary one returned once. */
export const resetPassword = (
  personId: string,
  body: BodyOf<'/members/{id}/account/password-reset', 'post'>,
) => api.post('/members/{id}/account/password-reset', { path: { id: personId }, body });

export const disableAccount = (personId: string) =>
  api.post('/members/{id}/account/disable', { path: { id: personId } });

export const enableAccount = (personId: string) =>
  api.post('/members/{id}/account/enable', { path: { id: personId } });
