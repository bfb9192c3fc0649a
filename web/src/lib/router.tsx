// The app's router (issue 20, "Bytes"): the part of react-router the app used — BrowserRouter, Routes/Route with
// one level of nesting and an Outlet, Link, Navigate, useNavigate, useLocation, useParams, useSearchParams — with
// the same names and call sites, in ~2 kB instead of react-router's ~12.5 kB brotli on the first screen. Addresses
// are always absolute ("/plans/12?year=2026"). As react-router's BrowserRouter does, a navigation renders inside
// a transition: the page being left stays on screen while the next one's code loads.
import {
  type AnchorHTMLAttributes,
  Children,
  createContext,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  startTransition,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { matchRoutes, type RouteConfig } from './route-match.ts';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  /** What the navigation carried (`navigate(to, { state })`), kept by the browser's history entry. */
  state: unknown;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}
export type NavigateFunction = (to: string, options?: NavigateOptions) => void;

interface RouterValue {
  location: Location;
  navigate: NavigateFunction;
}

const RouterContext = createContext<RouterValue | null>(null);
const RouteContext = createContext<{ params: Record<string, string>; outlet: ReactNode }>({
  params: {},
  outlet: null,
});

function readLocation(): Location {
  const { pathname, search, hash } = window.location;
  const entry = window.history.state as { usr?: unknown } | null;
  return { pathname, search, hash, state: entry?.usr ?? null };
}

function useRouter(): RouterValue {
  const router = use(RouterContext);
  if (!router) throw new Error('router hooks are used outside <BrowserRouter>');
  return router;
}

export function BrowserRouter({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(readLocation);
  useLayoutEffect(() => {
    const onPop = () => startTransition(() => setLocation(readLocation()));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback<NavigateFunction>((to, options = {}) => {
    // `usr` as react-router keeps it: a state written before this router was loaded still reads the same.
    const entry = { usr: options.state ?? null };
    if (options.replace) window.history.replaceState(entry, '', to);
    else window.history.pushState(entry, '', to);
    startTransition(() => setLocation(readLocation()));
  }, []);
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext value={value}>{children}</RouterContext>;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useNavigate(): NavigateFunction {
  return useRouter().navigate;
}

/** The matched route's `:name` segments, decoded. */
export function useParams(): Partial<Record<string, string>> {
  return use(RouteContext).params;
}

type SearchInit = URLSearchParams | string | Record<string, string | string[]>;
export type SetSearchParams = (
  next: SearchInit | ((previous: URLSearchParams) => SearchInit),
  options?: NavigateOptions,
) => void;

function toSearchParams(init: SearchInit): URLSearchParams {
  if (init instanceof URLSearchParams || typeof init === 'string') return new URLSearchParams(init);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(init))
    for (const one of Array.isArray(value) ? value : [value]) params.append(name, one);
  return params;
}

/** The address's query, and a setter that navigates to the same page with another query. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { location, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const set = useCallback<SetSearchParams>(
    (next, options) => {
      const query = toSearchParams(typeof next === 'function' ? next(new URLSearchParams(params)) : next);
      const search = query.toString();
      navigate(`${location.pathname}${search ? `?${search}` : ''}`, options);
    },
    [navigate, params, location.pathname],
  );
  return [params, set];
}

export interface RouteProps {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** A route's declaration, read by <Routes>; it renders nothing by itself. */
export function Route(_props: RouteProps): null {
  return null;
}

interface RouteNode extends RouteConfig {
  element?: ReactNode;
  children?: RouteNode[];
}

function routesOf(children: ReactNode): RouteNode[] {
  const routes: RouteNode[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement(child)) return;
    const props = (child as ReactElement<RouteProps>).props;
    routes.push({
      path: props.path,
      index: props.index,
      element: props.element,
      children: props.children ? routesOf(props.children) : undefined,
    });
  });
  return routes;
}

/** Renders the first declared route that takes the address; a parent's element shows its child in <Outlet />. */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const routes = useMemo(() => routesOf(children), [children]);
  const match = matchRoutes(routes, pathname);
  if (!match) return null;
  let outlet: ReactNode = null;
  for (const route of [...match.chain].reverse()) {
    outlet = <RouteContext value={{ params: match.params, outlet }}>{route.element ?? outlet}</RouteContext>;
  }
  return outlet;
}

export function Outlet(): ReactNode {
  return use(RouteContext).outlet;
}

/** Navigates when rendered (after the render, as react-router's does). */
export function Navigate({ to, replace, state }: { to: string } & NavigateOptions): null {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace, state }), [navigate, to, replace, state]);
  return null;
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  replace?: boolean;
  state?: unknown;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * An <a href> that navigates in the page on a plain left click (a click with a modifier key, another button or a
 * target keeps the browser's behaviour: a new tab, a download). As react-router's, the same address again replaces
 * the history entry rather than adding one.
 */
export function Link({ to, replace, state, onClick, target, ...rest }: LinkProps) {
  const { location, navigate } = useRouter();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      (target && target !== '_self') ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    const here = `${location.pathname}${location.search}${location.hash}`;
    navigate(to, { replace: replace ?? here === to, state });
  };
  return <a {...rest} href={to} target={target} onClick={handle} />;
}
