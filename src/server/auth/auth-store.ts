// The CLI and the benchmark still import the account queries by their old path: they now live in store.ts.
export * from './store.ts';
