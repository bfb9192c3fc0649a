/** Health is a route only (app.ts mounts it): nothing here is for other features. */
export {};
