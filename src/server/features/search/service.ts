import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type SearchScope, searchEntries } from '#db/search-index.ts';
import type { Actor } from '#domain/authz/policy.ts';
import {
  highlight,
  READ_ACTION,
  readRoots,
  type SearchKind,
  type Segment,
  searchTerms,
  snippet,
} from '#domain/search/search.ts';

export const PAGE_SIZE = 20;

/**
 * What the actor may find: per kind, the subtrees where the policy's read action of that kind allows them
 * (domain/search/search.ts READ_ACTION, the same rule as the record's own screen); a committee's library in
 * the units under it and above it. A member thus never finds a sentence of another cell's draft.
 */
export function scopeOf(actor: Actor): SearchScope {
  const roots: SearchScope['roots'] = {};
  for (const [kind, action] of Object.entries(READ_ACTION) as [
    keyof typeof READ_ACTION,
    typeof READ_ACTION.topic,
  ][])
    roots[kind] = readRoots(actor, action);
  return { all: actor.isAdmin, roots, libraryUnits: [...new Set(actor.grants.map((g) => g.unitId))] };
}

/** Where a hit opens in the web app. */
function linkOf(kind: SearchKind, refId: string, unitId: string): string {
  switch (kind) {
    case 'topic':
    case 'draft':
    case 'resolution':
      return `/topics/${refId}`;
    case 'minutes':
      return `/meetings/${refId}`;
    case 'report':
      return `/api/issued-reports/${refId}/document?format=html`;
    case 'library':
      return `/units/${unitId}?tab=plans`;
    case 'person':
      return `/members/${refId}`;
  }
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  unitId: string;
  unitName: string;
  date: string | null;
  title: Segment[];
  snippet: Segment[];
  link: string;
}

/** The one search box: the entries the actor may see that hold every word of the query, best first, a page. */
export async function search(db: Kysely<DB>, actor: Actor, q: string, page: number) {
  const terms = searchTerms(q);
  if (terms.length === 0) return { q, terms, page, pageSize: PAGE_SIZE, total: 0, hits: [] as SearchHit[] };
  const { total, rows } = await searchEntries(db, terms, scopeOf(actor), {
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const hits: SearchHit[] = rows.map((r) => ({
    kind: r.kind,
    id: r.ref_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    date: r.dated_on,
    title: highlight(r.title, terms),
    snippet: snippet(r.body, terms),
    link: linkOf(r.kind, r.ref_id, r.unit_id),
  }));
  return { q, terms, page, pageSize: PAGE_SIZE, total, hits };
}
