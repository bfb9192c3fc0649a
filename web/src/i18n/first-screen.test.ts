import { describe, expect, it } from 'vitest';
import { pickCatalog } from '../../../scripts/lib/catalog-pick.ts';
import en from './en.json';
import { FIRST_SCREEN_SECTIONS } from './first-screen.ts';
import vi from './vi.json';

describe('the first screen’s part of the catalog', () => {
  it('keeps whole sections and named sub-sections, nested as in the catalog, and nothing beside them', () => {
    const picked = pickCatalog(vi, FIRST_SCREEN_SECTIONS);
    expect(picked.login).toEqual(vi.login);
    expect(picked.notifications).toEqual({
      bell: vi.notifications.bell,
      kinds: vi.notifications.kinds,
      remark: vi.notifications.remark,
      dueOn: vi.notifications.dueOn,
      due: vi.notifications.due,
    });
    expect(Object.keys(picked)).not.toContain('plans');
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(vi).length / 4);
  });

  it('names only parts both catalogs have', () => {
    for (const catalog of [vi, en]) expect(() => pickCatalog(catalog, FIRST_SCREEN_SECTIONS)).not.toThrow();
    expect(() => pickCatalog(vi, ['notifications.nothingHere'])).toThrow(/not in the catalog/);
  });
});
