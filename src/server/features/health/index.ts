/** Health is a route only: nothing here is for other features. */
export { pingDatabase } from './store.ts';
