import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { SEARCH_KINDS } from '#domain/search/search.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, jsonResponse, RequiredText } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';

const tags = ['search'];

const SegmentSchema = z.object({ text: z.string(), mark: z.boolean() }).openapi('SearchSegment');

const SearchHitSchema = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    /** The record's day (meeting held, report issued, resolution issued), if any. */
    date: z.string().nullable(),
    /** The title cut into segments, the words matching the query marked. */
    title: z.array(SegmentSchema),
    /** A passage of the text around the words found, marked; empty when only the title matched. */
    snippet: z.array(SegmentSchema),
    /** Where it opens in the web app (or the issued report's print view). */
    link: z.string(),
  })
  .openapi('SearchHit');

const SearchResultSchema = z
  .object({
    q: z.string(),
    /** The query's words as searched: folded (no tones, đ → d), each the start of a word. */
    terms: z.array(z.string()),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    hits: z.array(SearchHitSchema),
  })
  .openapi('SearchResult');

const SearchQuery = z.object({
  q: RequiredText(200),
  page: z.coerce.number().int().min(1).max(500).default(1),
});

export const searchRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/search',
    tags,
    summary:
      'One search over what the user may see: topics, drafts sent to members, resolutions, minutes, issued reports, the library and people — tones and đ ignored, ranked, highlighted, by pages of 20',
    request: { query: SearchQuery },
    responses: { 200: jsonResponse(SearchResultSchema, 'The hits of the page'), ...errorResponses },
  }),
  async (c) => {
    const { q, page } = c.req.valid('query');
    const result = await service.search(c.get('database').db, requireActor(c.get('actor')), q, page);
    return c.json(result, 200);
  },
);
