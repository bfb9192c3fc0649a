// A catalog's first-screen parts (scripts/lib/catalog-pick.ts).
declare module '*.json?first-screen' {
  const catalog: Record<string, unknown>;
  export default catalog;
}
