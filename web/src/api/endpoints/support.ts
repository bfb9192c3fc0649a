import { queryOptions } from '@tanstack/react-query';
import { api, type BodyOf } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- guidance of cells that struggle (issue 15) -------------------------------------------------------

/** A cell's guidance records with their visits, or a committee's open records of its subtree. */
export const supportQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.support(unitId),
    queryFn: () => api.get('/orgs/{id}/support', { path: { id: unitId } }),
  });

export const markCell = (cellId: string, body: BodyOf<'/orgs/{id}/support', 'post'>) =>
  api.post('/orgs/{id}/support', { path: { id: cellId }, body });
export const changeSupport = (id: string, body: BodyOf<'/supports/{id}', 'patch'>) =>
  api.patch('/supports/{id}', { path: { id }, body });
export const recordSupportVisit = (id: string, body: BodyOf<'/supports/{id}/visits', 'post'>) =>
  api.post('/supports/{id}/visits', { path: { id }, body });

/** The cell's invitation to the committee above to comment on a topic's drafts. */
export const inviteCommittee = (topicId: string) =>
  api.post('/topics/{id}/committee-invitation', { path: { id: topicId } });
export const withdrawCommitteeInvitation = (topicId: string) =>
  api.delete('/topics/{id}/committee-invitation', { path: { id: topicId } });
