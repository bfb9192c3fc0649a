import { describe, expect, it } from 'vitest';
import { apiPathMatcher } from './app.ts';

describe('apiPathMatcher', () => {
  const known = apiPathMatcher([
    '/api',
    '/api/health',
    '/api/plans/:id',
    '/api/plans/:id/export',
    '/api/orgs/:id/plans',
    '/api/docs/*',
    '/api/:anything/ping',
  ]);

  it('knows the paths of the routes, parameters and a trailing slash included', () => {
    expect(known('/api')).toBe(true);
    expect(known('/api/health')).toBe(true);
    expect(known('/api/plans/01a2')).toBe(true);
    expect(known('/api/plans/01a2/')).toBe(true);
    expect(known('/api/plans/01a2/export')).toBe(true);
    expect(known('/api/orgs/u1/plans')).toBe(true);
    expect(known('/api/docs/index.html')).toBe(true);
  });

  it('tries a route whose first segment is a parameter for every path', () => {
    expect(known('/api/members/ping')).toBe(true);
    expect(known('/api/members/pong')).toBe(false);
  });

  it('does not take one group’s pattern for another’s, nor a longer or shorter path', () => {
    expect(known('/api/orgs/01a2')).toBe(false);
    expect(known('/api/plans')).toBe(false);
    expect(known('/api/plans/01a2/export/more')).toBe(false);
    expect(known('/api/healthz')).toBe(false);
    expect(known('/api/nothing')).toBe(false);
  });
});
