import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import { acceptGuidelines, commentGuidelines } from './accept-guidelines';
import {
  ApplicationRef,
  CommentBody,
  GuidelineDraftBody,
  GuidelineList,
  IdParams,
  ItemParams,
  Ok,
  ProgrammeParams,
  PublishBody,
} from './contract';
import { listGuidelines } from './list-guidelines';
import { publishGuidelines } from './publish-guidelines';
import { answer, body, tags } from './route-kit';
import { createGuidelineDraft, openConsultation, updateGuidelineDraft } from './save-guidelines';

/** Guidelines: drafts, consultation with members, major/minor publication, acceptance. */
export function guidelineRoutes() {
  const r = createRouter();
  const ref = (id: string) => ({ id, created: true });

  // GET /api/programmes/{id}/guidelines
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}/guidelines',
      tags,
      summary: 'Every version of the guidelines with acceptances and comments',
      request: { params: ProgrammeParams },
      responses: answer('Versions', GuidelineList),
    }),
    async (c) =>
      c.json(await listGuidelines({ ctx: ctxOf(c, 'programme.manage'), input: { programmeId: c.req.valid('param').id } }), 200),
  );

  // POST /api/programmes/{id}/guidelines
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/guidelines',
      tags,
      summary: 'Start a new draft of the guidelines (Markdown, Italian and English)',
      request: { params: ProgrammeParams, ...body(GuidelineDraftBody) },
      responses: answer('Draft', ApplicationRef),
    }),
    async (c) => {
      const v = await createGuidelineDraft({
        ctx: ctxOf(c, 'programme.manage'),
        input: { ...c.req.valid('json'), programmeId: c.req.valid('param').id },
      });
      return c.json(ref(v.id), 200);
    },
  );

  // PUT /api/programmes/{id}/guidelines/{itemId}
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/programmes/{id}/guidelines/{itemId}',
      tags,
      summary: 'Edit a draft (also while open for comments)',
      request: { params: ItemParams, ...body(GuidelineDraftBody) },
      responses: answer('Saved', ApplicationRef),
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      const v = await updateGuidelineDraft({
        ctx: ctxOf(c, 'programme.manage'),
        input: { ...c.req.valid('json'), programmeId: id, versionId: itemId },
      });
      return c.json({ id: v.id, created: false }, 200);
    },
  );

  // POST /api/programmes/{id}/guidelines/{itemId}/consultation
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/guidelines/{itemId}/consultation',
      tags,
      summary: 'Open a draft to the members for comments',
      request: { params: ItemParams },
      responses: answer('Opened', Ok),
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await openConsultation({ ctx: ctxOf(c, 'programme.manage'), input: { programmeId: id, versionId: itemId } });
      return c.json({ ok: true }, 200);
    },
  );

  // POST /api/programmes/{id}/guidelines/{itemId}/publish
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/guidelines/{itemId}/publish',
      tags,
      summary: 'Publish a draft as a major (blocks sharing until accepted) or minor version',
      request: { params: ItemParams, ...body(PublishBody) },
      responses: answer('Published', Ok),
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await publishGuidelines({
        ctx: ctxOf(c, 'programme.manage'),
        input: { programmeId: id, versionId: itemId, kind: c.req.valid('json').kind },
      });
      return c.json({ ok: true }, 200);
    },
  );

  // POST /api/ambassadors/guidelines/{id}/accept
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/ambassadors/guidelines/{id}/accept',
      tags,
      summary: 'Accept the current guidelines (409 for a version that is no longer current)',
      request: { params: IdParams },
      responses: answer('Accepted', Ok),
    }),
    async (c) => c.json(await acceptGuidelines({ ctx: ctxOf(c, 'share'), input: { versionId: c.req.valid('param').id } }), 200),
  );

  // POST /api/ambassadors/guidelines/{id}/comments
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/ambassadors/guidelines/{id}/comments',
      tags,
      summary: 'Comment on a draft open for comments',
      request: { params: IdParams, ...body(CommentBody) },
      responses: answer('Commented', Ok),
    }),
    async (c) =>
      c.json(
        await commentGuidelines({
          ctx: ctxOf(c, 'share'),
          input: { versionId: c.req.valid('param').id, body: c.req.valid('json').body },
        }),
        200,
      ),
  );

  return r;
}
