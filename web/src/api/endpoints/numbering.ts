import { queryOptions } from '@tanstack/react-query';
import { api, type BodyOf } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- the first numbers of a unit's document series (issue 17) ------------------------------------------

/** A unit's numbered series this year (or term): first number set, last issued, next. */
export const documentNumberingQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.documentNumbering(unitId),
    queryFn: () => api.get('/orgs/{id}/document-numbering', { path: { id: unitId } }),
  });
export const setFirstNumber = (unitId: string, body: BodyOf<'/orgs/{id}/document-numbering', 'put'>) =>
  api.put('/orgs/{id}/document-numbering', { path: { id: unitId }, body });

// --- who signs a committee's documents (issue 17) ------------------------------------------------------

/** A committee's signer (T/M …, title, name) as set now, and the signature block documents issued now carry. */
export const documentSignerQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.documentSigner(unitId),
    queryFn: () => api.get('/orgs/{id}/document-signer', { path: { id: unitId } }),
  });
export const setDocumentSigner = (unitId: string, body: BodyOf<'/orgs/{id}/document-signer', 'put'>) =>
  api.put('/orgs/{id}/document-signer', { path: { id: unitId }, body });
