/** What other features use of inspections: the home's to-dos and the conclusion as a document. */
export { inspectionInboxItems } from './inbox.ts';
export { conclusionDocumentFor } from './service.ts';
