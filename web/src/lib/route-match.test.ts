import { describe, expect, it } from 'vitest';
import { matchRoutes, type RouteConfig } from './route-match.ts';

type Named = RouteConfig & { name: string; children?: Named[] };

// The app's shape (app/routes.tsx): /login, then the shell at / with its pages and a catch-all last.
const routes: Named[] = [
  { name: 'login', path: '/login' },
  {
    name: 'shell',
    path: '/',
    children: [
      { name: 'home', index: true },
      { name: 'plans', path: 'plans' },
      { name: 'plan', path: 'plans/:id' },
      { name: 'calendar', path: 'committees/:id/calendar' },
      { name: 'notifications', path: 'settings/notifications' },
      { name: 'notFound', path: '*' },
    ],
  },
];

const names = (pathname: string) => matchRoutes(routes, pathname)?.chain.map((r) => r.name);

describe('matching an address against the routes (issue 20 "Bytes": the app\'s own router)', () => {
  it('takes the sign-in page, the home as the index of the shell, and static pages', () => {
    expect(names('/login')).toEqual(['login']);
    expect(names('/')).toEqual(['shell', 'home']);
    expect(names('/plans')).toEqual(['shell', 'plans']);
    expect(names('/plans/')).toEqual(['shell', 'plans']);
    expect(names('/settings/notifications')).toEqual(['shell', 'notifications']);
  });

  it('fills :params, decoded, and matches segment for segment', () => {
    expect(matchRoutes(routes, '/plans/abc%20d')).toMatchObject({ params: { id: 'abc d' } });
    expect(names('/committees/7/calendar')).toEqual(['shell', 'calendar']);
    expect(matchRoutes(routes, '/committees/7/calendar')?.params).toEqual({ id: '7' });
  });

  it('sends anything else to the catch-all, with what it took', () => {
    expect(names('/plans/1/extra')).toEqual(['shell', 'notFound']);
    expect(names('/committees/7')).toEqual(['shell', 'notFound']);
    expect(names('/login/again')).toEqual(['shell', 'notFound']);
    expect(matchRoutes(routes, '/no/such')?.params).toEqual({ '*': 'no/such' });
  });

  it('matches nothing without a catch-all', () => {
    expect(matchRoutes([{ path: '/login' }], '/elsewhere')).toBeNull();
    expect(matchRoutes([{ path: '/', children: [{ path: 'a' }] }], '/b')).toBeNull();
  });
});
