// Matching an address against the app's routes (lib/router.tsx), without React: a pure function, tested beside.

export interface RouteConfig {
  /** Relative to the parent's path ("plans/:id"), "/" at the top, "*" for anything left. */
  path?: string;
  /** The parent's own address (no path of its own). */
  index?: boolean;
  children?: RouteConfig[];
}

export interface RouteMatch<R extends RouteConfig = RouteConfig> {
  /** The matched routes from the outermost to the innermost. */
  chain: R[];
  params: Record<string, string>;
}

const segmentsOf = (path: string): string[] => path.split('/').filter((s) => s !== '');

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The first route, in the order they are declared, whose path takes the address: static segments equal, `:name`
 * segments take one segment each (decoded into `params`), `*` takes what is left; a parent matches when one of its
 * children (or its index route, for its own address) matches the rest. The app declares `*` last, so the first
 * match is also the most specific one.
 */
export function matchRoutes<R extends RouteConfig>(
  routes: readonly R[],
  pathname: string,
): RouteMatch<R> | null {
  return matchIn(routes, segmentsOf(pathname), {});
}

function matchIn<R extends RouteConfig>(
  routes: readonly R[],
  rest: string[],
  params: Record<string, string>,
): RouteMatch<R> | null {
  for (const route of routes) {
    if (route.index) {
      if (rest.length === 0) return { chain: [route], params };
      continue;
    }
    const pattern = segmentsOf(route.path ?? '');
    const taken: Record<string, string> = { ...params };
    let used = 0;
    let all = false;
    let ok = true;
    for (const part of pattern) {
      if (part === '*') {
        taken['*'] = rest.slice(used).map(decode).join('/');
        used = rest.length;
        all = true;
        break;
      }
      const segment = rest[used];
      if (segment === undefined) {
        ok = false;
        break;
      }
      if (part.startsWith(':')) taken[part.slice(1)] = decode(segment);
      else if (part !== segment) {
        ok = false;
        break;
      }
      used++;
    }
    if (!ok) continue;
    const left = rest.slice(used);
    if (route.children?.length) {
      const inner = matchIn(route.children as R[], left, taken);
      if (inner) return { chain: [route, ...inner.chain], params: inner.params };
      if (left.length === 0 && !all) return { chain: [route], params: taken };
      continue;
    }
    if (left.length === 0 || all) return { chain: [route], params: taken };
  }
  return null;
}
