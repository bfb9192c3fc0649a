/** The roster import: its routes are mounted by the app; the preview is used by the authorisation matrix's setup. */
export { rosterImportRoutes } from './routes.ts';
export { previewImport } from './service.ts';
