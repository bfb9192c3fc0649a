import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf, type DocumentFormat } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- topic preparation ------------------------------------------------------------------------------

export const topicQuery = (id: string) =>
  queryOptions({
    queryKey: keys.topic(id),
    queryFn: () => api.get('/topics/{id}', { path: { id } }),
  });

export const topicVersionQuery = (id: string, versionId: string) =>
  queryOptions({
    queryKey: keys.topicVersion(id, versionId),
    queryFn: () => api.get('/topics/{id}/versions/{versionId}', { path: { id, versionId } }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Saved versions never change: a diff between two of them is cached for good. */
export const topicDiffQuery = (id: string, from: string, to: string) =>
  queryOptions({
    queryKey: keys.topicDiff(id, from, to),
    queryFn: () => api.get('/topics/{id}/diff', { path: { id }, query: { from, to } }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The topic text, or the comment-disposition table, as Word, PDF or print view. */
export const topicDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/topics/{id}/document', { path: { id }, query: { format } });
export const dispositionsDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/topics/{id}/dispositions/document', { path: { id }, query: { format } });
export const attachmentUrl = (id: string, attachmentId: string) =>
  apiUrl('/topics/{id}/attachments/{attachmentId}', { path: { id, attachmentId } });

export const saveBriefing = (id: string, body: BodyOf<'/topics/{id}/briefing', 'put'>) =>
  api.put('/topics/{id}/briefing', { path: { id }, body });
export const saveTopicVersion = (id: string, body: BodyOf<'/topics/{id}/versions', 'post'>) =>
  api.post('/topics/{id}/versions', { path: { id }, body });
/** The read receipt: the member opened the text sent to them. */
export const markTopicOpened = (id: string) => api.post('/topics/{id}/opened', { path: { id }, body: {} });
export const addTopicComment = (id: string, body: BodyOf<'/topics/{id}/comments', 'post'>) =>
  api.post('/topics/{id}/comments', { path: { id }, body });
export const disposeComment = (
  id: string,
  commentId: string,
  body: BodyOf<'/topics/{id}/comments/{commentId}/disposition', 'put'>,
) => api.put('/topics/{id}/comments/{commentId}/disposition', { path: { id, commentId }, body });

export function uploadAttachment(id: string, file: File) {
  const body = new FormData();
  body.append('file', file);
  return api.post('/topics/{id}/attachments', { path: { id }, body });
}
/** "Gửi cho từng tổ đảng": the finished topic to the cell's party groups (all not sent to yet by default). */
export const sendTopicToGroups = (id: string, groupIds?: string[]) =>
  api.post('/topics/{id}/group-sendings', { path: { id }, body: groupIds ? { groupIds } : {} });
export const deleteAttachment = (id: string, attachmentId: string) =>
  api.delete('/topics/{id}/attachments/{attachmentId}', { path: { id, attachmentId } });

// --- a resolution topic's decisions and where it stands before it is issued (seeds 001, 003) ----------

export const resolutionStateQuery = (id: string) =>
  queryOptions({
    queryKey: keys.resolutionState(id),
    queryFn: () => api.get('/topics/{id}/resolution', { path: { id } }),
  });
export const addDecision = (id: string, body: BodyOf<'/topics/{id}/decisions', 'post'>) =>
  api.post('/topics/{id}/decisions', { path: { id }, body });
export const updateDecision = (
  id: string,
  decisionId: string,
  body: BodyOf<'/topics/{id}/decisions/{decisionId}', 'put'>,
) => api.put('/topics/{id}/decisions/{decisionId}', { path: { id, decisionId }, body });
export const deleteDecision = (id: string, decisionId: string) =>
  api.delete('/topics/{id}/decisions/{decisionId}', { path: { id, decisionId } });

/** Moves the topic's text along its lifecycle; each call answers with the topic in its new state. */
export const topicTransition = {
  submit: (id: string) => api.post('/topics/{id}/submit', { path: { id }, body: {} }),
  withdraw: (id: string) => api.post('/topics/{id}/withdraw', { path: { id }, body: {} }),
  approve: (id: string, body: BodyOf<'/topics/{id}/approve', 'post'>) =>
    api.post('/topics/{id}/approve', { path: { id }, body }),
  refuse: (id: string, remark: string) => api.post('/topics/{id}/refuse', { path: { id }, body: { remark } }),
  close_comments: (id: string) => api.post('/topics/{id}/close-comments', { path: { id }, body: {} }),
  reopen_comments: (id: string, commentDueOn: string) =>
    api.post('/topics/{id}/reopen-comments', { path: { id }, body: { commentDueOn } }),
  start_draft2: (id: string) => api.post('/topics/{id}/start-draft2', { path: { id }, body: {} }),
  finalise: (id: string) => api.post('/topics/{id}/finalise', { path: { id }, body: {} }),
  /** The secretary issues a resolution topic as the cell's Nghị quyết (after the vote and final approval). */
  issue: (id: string) => api.post('/topics/{id}/issue', { path: { id }, body: {} }),
};
