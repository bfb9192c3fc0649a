import { queryOptions } from '@tanstack/react-query';
import { expandCellPlans } from '../cell-plans.ts';
import { api, apiUrl, type BodyOf, type DocumentFormat } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- annual plan cycle ------------------------------------------------------------------------------

export const guidanceQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: keys.guidance(unitId, year),
    queryFn: () => api.get('/orgs/{id}/guidance', { path: { id: unitId }, query: { year } }),
  });

export const issueGuidance = (committeeId: string, body: BodyOf<'/orgs/{id}/guidance', 'post'>) =>
  api.post('/orgs/{id}/guidance', { path: { id: committeeId }, body });
export const updateGuidance = (id: string, body: BodyOf<'/guidance/{id}', 'put'>) =>
  api.put('/guidance/{id}', { path: { id }, body });

/** For a committee: every cell under it with its plan of the year; for a cell: itself. */
export const cellPlansQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: keys.cellPlans(unitId, year),
    queryFn: async () =>
      expandCellPlans(await api.get('/orgs/{id}/plans', { path: { id: unitId }, query: { year } })),
  });

export const planQuery = (id: string) =>
  queryOptions({
    queryKey: keys.plan(id),
    queryFn: () => api.get('/plans/{id}', { path: { id } }),
  });

/** The plan as Word, PDF or print view in party format (a plain link: same-origin cookie, no CSRF on GET). */
export const planDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/plans/{id}/document', { path: { id }, query: { format } });

/** The committee's guidance letter as Word, PDF or print view. */
export const guidanceDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/guidance/{id}/document', { path: { id }, query: { format } });

export const createPlan = (cellId: string, year: number) =>
  api.post('/orgs/{id}/plans', { path: { id: cellId }, body: { year } });
export const savePlan = (id: string, body: BodyOf<'/plans/{id}', 'put'>) =>
  api.put('/plans/{id}', { path: { id }, body });

/** Moves the plan along its lifecycle; each call answers with the plan in its new state. */
export const planTransition = {
  adopt: (id: string, adoptedOn: string) =>
    api.post('/plans/{id}/adopt', { path: { id }, body: { adoptedOn } }),
  reopen: (id: string) => api.post('/plans/{id}/reopen', { path: { id }, body: {} }),
  submit: (id: string) => api.post('/plans/{id}/submit', { path: { id }, body: {} }),
  acknowledge: (id: string, remark?: string) =>
    api.post('/plans/{id}/acknowledge', { path: { id }, body: remark ? { remark } : {} }),
  return: (id: string, remark: string) => api.post('/plans/{id}/return', { path: { id }, body: { remark } }),
};

export const registrationsQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.registrations(cellId, year),
    queryFn: () => api.get('/orgs/{id}/registrations', { path: { id: cellId }, query: { year } }),
  });

export const registerTopic = (cellId: string, body: BodyOf<'/orgs/{id}/registrations', 'post'>) =>
  api.post('/orgs/{id}/registrations', { path: { id: cellId }, body });
export const withdrawRegistration = (id: string) => api.delete('/registrations/{id}', { path: { id } });

export const libraryQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.library(unitId),
    queryFn: () => api.get('/orgs/{id}/library', { path: { id: unitId } }),
  });

export const publishModel = (topicId: string, committeeId: string) =>
  api.post('/library', { body: { topicId, committeeId } });
export const withdrawModel = (id: string) => api.delete('/library/{id}', { path: { id } });

export const assignmentsQuery = (year: number) =>
  queryOptions({
    queryKey: keys.assignments(year),
    queryFn: () => api.get('/me/assignments', { query: { year } }),
  });

/** A committee's officer reminds one or several lagging cells under it (a message, recorded and notified). */
export const remindCells = (committeeId: string, body: BodyOf<'/committees/{id}/reminders', 'post'>) =>
  api.post('/committees/{id}/reminders', { path: { id: committeeId }, body });

/** The reminders of a year: a cell's, from the committees above; a committee's, those it sent. */
export const committeeRemindersQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: keys.committeeReminders(unitId, year),
    queryFn: () => api.get('/orgs/{id}/committee-reminders', { path: { id: unitId }, query: { year } }),
  });

/** The plan as .xlsx: its topics and the assignment table (issue 18). */
export const planExportUrl = (planId: string) => apiUrl('/plans/{id}/export', { path: { id: planId } });
