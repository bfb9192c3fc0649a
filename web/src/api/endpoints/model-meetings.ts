import { queryOptions } from '@tanstack/react-query';
import { api, type BodyOf } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- model meetings (seed 001: "sinh hoạt chuyên đề mẫu") ------------------------------------------------

/** A model meeting: the invitation, the invited cells, the observers, the lessons drawn. */
export const modelMeetingQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.modelMeeting(meetingId),
    queryFn: () => api.get('/meetings/{id}/model', { path: { id: meetingId } }),
  });

/** A committee's officer chooses the meeting as a model and invites the cells (null: every other cell). */
export const designateModelMeeting = (meetingId: string, body: BodyOf<'/meetings/{id}/model', 'post'>) =>
  api.post('/meetings/{id}/model', { path: { id: meetingId }, body });
export const withdrawModelMeeting = (meetingId: string) =>
  api.delete('/meetings/{id}/model', { path: { id: meetingId } });
export const recordModelLessons = (meetingId: string, lessons: string) =>
  api.put('/meetings/{id}/model/lessons', { path: { id: meetingId }, body: { lessons } });
export const attendModelMeeting = (meetingId: string) =>
  api.post('/meetings/{id}/model/attend', { path: { id: meetingId } });
export const leaveModelMeeting = (meetingId: string) =>
  api.delete('/meetings/{id}/model/attend', { path: { id: meetingId } });
