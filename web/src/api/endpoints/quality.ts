import { queryOptions } from '@tanstack/react-query';
import { api, type BodyOf } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- the quality of meetings (issue 16) -----------------------------------------------------------------

/** A meeting's quality score: frozen once proposed, else a preview from its record. */
export const meetingQualityQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.meetingQuality(meetingId),
    queryFn: () => api.get('/meetings/{id}/quality', { path: { id: meetingId } }),
  });
export const proposeQuality = (meetingId: string, body: BodyOf<'/meetings/{id}/quality', 'post'>) =>
  api.post('/meetings/{id}/quality', { path: { id: meetingId }, body });
export const confirmQuality = (meetingId: string, body: BodyOf<'/meetings/{id}/quality/confirm', 'post'>) =>
  api.post('/meetings/{id}/quality/confirm', { path: { id: meetingId }, body });

/** The rubric a unit uses, and the one above it (to copy). */
export const qualityRubricQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.qualityRubric(unitId),
    queryFn: () => api.get('/orgs/{id}/quality-rubric', { path: { id: unitId } }),
  });
export const saveQualityRubric = (unitId: string, body: BodyOf<'/orgs/{id}/quality-rubric', 'put'>) =>
  api.put('/orgs/{id}/quality-rubric', { path: { id: unitId }, body });
