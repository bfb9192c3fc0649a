import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { TextAnchor } from '#domain/preparation/anchors.ts';
import { DISPOSITIONS } from '#domain/preparation/disposition.ts';
import type { DraftAction } from '#domain/preparation/draft-status.ts';
import { requireActor } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppEnv } from '../../http/context.ts';
import { contentDisposition } from '../../http/download.ts';
import {
  ChildParams,
  errorResponses,
  IdParams,
  IdSchema,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalId,
  OptionalText,
  RequiredText,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { ATTACHMENT_LIMITS, addAttachment, getAttachment, removeAttachment } from './attachments.ts';
import { addComment, dispose, markOpened } from './comments.ts';
import { addDecision, removeDecision, updateDecision } from './decisions.ts';
import { sendToGroups } from './group-sending.ts';
import { invitationRoutes } from './invitation-routes.ts';
import { DiffSchema, PreparationSchema, presentVersion, VersionSchema } from './presenter.ts';
import * as service from './service.ts';
import { getPreparation } from './view.ts';

const tags = ['preparation'];
/** A draft of a few tens of pages in HTML; far above any real topic, low enough to refuse abuse. */
const MAX_HTML = 500_000;

const VersionParams = ChildParams('versionId');
const CommentParams = ChildParams('commentId');
const AttachmentParams = ChildParams('attachmentId');
const DecisionParams = ChildParams('decisionId');

const BriefingRequest = z
  .object({
    purpose: OptionalText(5000),
    requirements: OptionalText(5000),
    content: OptionalText(10_000),
    method: OptionalText(5000),
    briefedOn: LocalDateSchema.nullish(),
  })
  .openapi('BriefingRequest');

const VersionRequest = z
  .object({
    kind: z.enum(['outline', 'draft']),
    html: z.string().max(MAX_HTML),
    /** The version the editor started from; null for the first one. */
    baseVersionId: OptionalId,
  })
  .openapi('SaveVersionRequest');

const AnchorSchema = z.object({
  quote: z.string().min(1).max(2000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
const CommentRequest = z
  .object({ body: RequiredText(5000), anchor: AnchorSchema.nullish() })
  .openapi('CommentRequest');
const DispositionRequest = z
  .object({ disposition: z.enum(DISPOSITIONS), explanation: OptionalText(5000) })
  .openapi('DispositionRequest');

/** One decision of a resolution topic ("CHI BỘ QUYẾT NGHỊ:"): what, who (none: the whole cell), by when. */
const DecisionRequest = z
  .object({ text: RequiredText(2000), ownerId: OptionalId, dueOn: LocalDateSchema.nullish() })
  .openapi('ResolutionDecisionRequest');

const EmptyRequest = z.object({}).openapi('EmptyTopicRequest');
const RemarkRequest = z.object({ remark: OptionalText(5000) }).openapi('TopicRemarkRequest');
const ApproveRequest = z
  .object({ remark: OptionalText(5000), commentDueOn: LocalDateSchema.nullish() })
  .openapi('ApproveDraftRequest');
const DueRequest = z.object({ commentDueOn: LocalDateSchema }).openapi('ReopenCommentsRequest');

const AttachmentForm = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'PDF, Word or image, ≤ 10 MB' }),
});

function view(c: Context<AppEnv>, id: string) {
  return getPreparation(c.get('database').db, requireActor(c.get('actor')), id);
}

const ok = (description: string) => ({
  200: jsonResponse(PreparationSchema, description),
  ...errorResponses,
});

function actionRoute<T extends z.ZodType>(path: string, summary: string, body: T) {
  return createRoute({
    method: 'post',
    path: `/topics/{id}/${path}`,
    tags,
    summary,
    request: { params: IdParams, ...jsonBody(body) },
    responses: ok('The topic in its new state'),
  });
}

const ACTIONS: { action: DraftAction; path: string; summary: string; body: z.ZodType }[] = [
  {
    action: 'submit',
    path: 'submit',
    summary: 'The preparer submits the draft for approval',
    body: EmptyRequest,
  },
  {
    action: 'withdraw',
    path: 'withdraw',
    summary: 'The preparer takes a submitted draft back',
    body: EmptyRequest,
  },
  {
    action: 'approve',
    path: 'approve',
    summary: 'The cell committee (or secretary) approves the draft; draft 1 then goes to members',
    body: ApproveRequest,
  },
  {
    action: 'refuse',
    path: 'refuse',
    summary: 'The cell committee (or secretary) refuses with remarks',
    body: RemarkRequest,
  },
  {
    action: 'close_comments',
    path: 'close-comments',
    summary: 'Close the comment window',
    body: EmptyRequest,
  },
  {
    action: 'reopen_comments',
    path: 'reopen-comments',
    summary: 'Reopen comments with a new due date',
    body: DueRequest,
  },
  {
    action: 'start_draft2',
    path: 'start-draft2',
    summary: 'Start draft 2 from draft 1 and the comments',
    body: EmptyRequest,
  },
  {
    action: 'finalise',
    path: 'finalise',
    summary: 'Issue the finished topic to members and the committee',
    body: EmptyRequest,
  },
];

const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

app.use(
  '/topics/:id/attachments',
  bodyLimit({
    // The file plus the multipart envelope around it.
    maxSize: ATTACHMENT_LIMITS.fileBytes + 64 * 1024,
    onError: () => {
      throw new AppError('VALIDATION_FAILED', { file: 'ATTACHMENT_TOO_LARGE' });
    },
  }),
);

app
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}',
      tags,
      summary: 'A topic of the plan in preparation: briefing, texts, comments, readers, steps',
      request: { params: IdParams },
      responses: ok('The topic'),
    }),
    async (c) => c.json(await view(c, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/topics/{id}/briefing',
      tags,
      summary: 'Record the secretary’s briefing of the preparer',
      request: { params: IdParams, ...jsonBody(BriefingRequest) },
      responses: ok('Saved'),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.saveBriefing(c.get('database').db, requireActor(c.get('actor')), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/versions',
      tags,
      summary: 'Save the outline or the draft as a new version',
      request: { params: IdParams, ...jsonBody(VersionRequest) },
      responses: { 201: jsonResponse(PreparationSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await service.saveVersion(c.get('database').db, requireActor(c.get('actor')), id, {
        kind: body.kind,
        html: body.html,
        baseVersionId: body.baseVersionId ?? null,
      });
      return c.json(await view(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}/versions/{versionId}',
      tags,
      summary: 'One saved version of the outline or the draft',
      request: { params: VersionParams },
      responses: { 200: jsonResponse(VersionSchema, 'The version'), ...errorResponses },
    }),
    async (c) => {
      const { id, versionId } = c.req.valid('param');
      const version = await service.getVersion(
        c.get('database').db,
        requireActor(c.get('actor')),
        id,
        versionId,
      );
      return c.json(presentVersion(version), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}/diff',
      tags,
      summary: 'Compare two versions word by word',
      request: { params: IdParams, query: z.object({ from: IdSchema, to: IdSchema }) },
      responses: { 200: jsonResponse(DiffSchema, 'The differences'), ...errorResponses },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      const diff = await service.diffVersions(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        from,
        to,
      );
      return c.json(
        { from: presentVersion(diff.from), to: presentVersion(diff.to), segments: diff.segments },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/opened',
      tags,
      summary: 'Record that the signed-in member opened the text sent to them (read receipt)',
      request: { params: IdParams, ...jsonBody(EmptyRequest) },
      responses: {
        200: jsonResponse(z.object({ recorded: z.number().int() }).openapi('OpenedResponse'), 'Recorded'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const recorded = await markOpened(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      return c.json({ recorded }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/comments',
      tags,
      summary: 'Comment on the distributed draft, on the whole or on a passage',
      request: { params: IdParams, ...jsonBody(CommentRequest) },
      responses: { 201: jsonResponse(PreparationSchema, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await addComment(c.get('database').db, requireActor(c.get('actor')), id, {
        body: body.body,
        anchor: (body.anchor ?? null) as TextAnchor | null,
      });
      return c.json(await view(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/topics/{id}/comments/{commentId}/disposition',
      tags,
      summary: 'The preparer accepts, partly accepts or explains not accepting a comment',
      request: { params: CommentParams, ...jsonBody(DispositionRequest) },
      responses: ok('Recorded'),
    }),
    async (c) => {
      const { id, commentId } = c.req.valid('param');
      await dispose(c.get('database').db, requireActor(c.get('actor')), id, commentId, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/attachments',
      tags,
      summary: 'Attach a PDF, Word document or image (10 MB at most)',
      request: {
        params: IdParams,
        body: { required: true, content: { 'multipart/form-data': { schema: AttachmentForm } } },
      },
      responses: { 201: jsonResponse(PreparationSchema, 'Attached'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const file = c.req.valid('form').file;
      if (!(file instanceof File)) throw new AppError('VALIDATION_FAILED', { file: 'ATTACHMENT_REQUIRED' });
      await addAttachment(c.get('database').db, requireActor(c.get('actor')), id, file);
      return c.json(await view(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}/attachments/{attachmentId}',
      tags,
      summary: 'Download an attachment',
      request: { params: AttachmentParams },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const file = await getAttachment(c.get('database').db, requireActor(c.get('actor')), id, attachmentId);
      return new Response(new Uint8Array(file.content), {
        status: 200,
        headers: {
          'content-type': file.content_type,
          'content-disposition': contentDisposition(file.file_name),
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/topics/{id}/attachments/{attachmentId}',
      tags,
      summary: 'Remove an attachment',
      request: { params: AttachmentParams },
      responses: ok('Removed'),
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      await removeAttachment(c.get('database').db, requireActor(c.get('actor')), id, attachmentId);
      return c.json(await view(c, id), 200);
    },
  );

app
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/decisions',
      tags,
      summary:
        'The preparer adds a decision to a resolution topic (numbered items under “CHI BỘ QUYẾT NGHỊ:”)',
      request: { params: IdParams, ...jsonBody(DecisionRequest) },
      responses: { 201: jsonResponse(PreparationSchema, 'Added'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await addDecision(c.get('database').db, requireActor(c.get('actor')), id, c.req.valid('json'));
      return c.json(await view(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/topics/{id}/decisions/{decisionId}',
      tags,
      summary: 'The preparer changes a decision not yet adopted, while the draft is being written',
      request: { params: DecisionParams, ...jsonBody(DecisionRequest) },
      responses: ok('Saved'),
    }),
    async (c) => {
      const { id, decisionId } = c.req.valid('param');
      await updateDecision(
        c.get('database').db,
        requireActor(c.get('actor')),
        id,
        decisionId,
        c.req.valid('json'),
      );
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/topics/{id}/decisions/{decisionId}',
      tags,
      summary: 'The preparer removes a decision not yet adopted, while the draft is being written',
      request: { params: DecisionParams },
      responses: ok('Removed'),
    }),
    async (c) => {
      const { id, decisionId } = c.req.valid('param');
      await removeDecision(c.get('database').db, requireActor(c.get('actor')), id, decisionId);
      return c.json(await view(c, id), 200);
    },
  );

for (const { action, path, summary, body } of ACTIONS) {
  app.openapi(actionRoute(path, summary, body), async (c) => {
    const { id } = c.req.valid('param');
    // Each action's own schema validated the body; their fields are all ActionInput's.
    const input = c.req.valid('json') as service.ActionInput;
    await service.act(c.get('database').db, requireActor(c.get('actor')), id, action, input);
    return c.json(await view(c, id), 200);
  });
}

const GroupSendingRequest = z
  .object({ groupIds: z.array(IdSchema).min(1).max(50).nullish() })
  .openapi('SendToGroupsRequest');

app.openapi(
  createRoute({
    method: 'post',
    path: '/topics/{id}/group-sendings',
    tags,
    summary:
      'Send the finished topic to the cell’s party groups, each to its leader (all not sent yet by default)',
    request: { params: IdParams, ...jsonBody(GroupSendingRequest) },
    responses: ok('The topic, with where it was sent'),
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await sendToGroups(c.get('database').db, requireActor(c.get('actor')), id, c.req.valid('json'));
    return c.json(await view(c, id), 200);
  },
);

app.route('/', invitationRoutes);

export const preparationRoutes = app;
