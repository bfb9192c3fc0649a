import { api, apiUrl } from '../client.ts';

// --- roster import (issue 18) ----------------------------------------------------------------------

/** "Tải mẫu Excel": the template with the Vietnamese headers (a plain link: the browser downloads it). */
export const rosterTemplateUrl = (cellId: string) =>
  apiUrl('/orgs/{id}/roster-import/template', { path: { id: cellId } });

/** Reads the file and says what every row would do; nothing is written. */
export function previewRosterImport(cellId: string, file: File) {
  const body = new FormData();
  body.append('file', file);
  return api.post('/orgs/{id}/roster-import/preview', { path: { id: cellId }, body });
}

/** Imports the previewed file in one transaction; refused if the preview no longer holds. */
export function confirmRosterImport(cellId: string, file: File, token: string) {
  const body = new FormData();
  body.append('file', file);
  body.append('token', token);
  return api.post('/orgs/{id}/roster-import', { path: { id: cellId }, body });
}
