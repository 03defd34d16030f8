import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import { answerInvitation } from './answer-invitation';
import { answerNomination } from './answer-nomination';
import { applyToProgramme } from './apply';
import {
  ApplicationRef,
  ApplyBody,
  CandidateFilters,
  CandidateList,
  DecisionBody,
  IdParams,
  InvitationAnswerBody,
  ItemParams,
  NominateBody,
  NominationAnswerBody,
  Ok,
  ProgrammeParams,
} from './contract';
import { decideApplication } from './decide-application';
import { listCandidates } from './list-candidates';
import { nominate } from './nominate';
import { answer, body, tags } from './route-kit';

/** The ways in: applications, nominations with the nominee's consent, invitations, and screening. */
export function entryRoutes() {
  const r = createRouter();

  // POST /api/programmes/{id}/apply
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/apply',
      tags,
      summary: 'Apply to a programme (applying twice answers the same application)',
      request: { params: ProgrammeParams, ...body(ApplyBody) },
      responses: answer('Application', ApplicationRef),
    }),
    async (c) =>
      c.json(
        await applyToProgramme({
          ctx: ctxOf(c, 'share'),
          input: { ...c.req.valid('json'), programmeId: c.req.valid('param').id },
        }),
        200,
      ),
  );

  // POST /api/programmes/{id}/nominations
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/nominations',
      tags,
      summary: 'Nominate a colleague with a reason (they become a candidate only if they accept)',
      request: { params: ProgrammeParams, ...body(NominateBody) },
      responses: answer('Nomination', ApplicationRef),
    }),
    async (c) =>
      c.json(
        await nominate({
          ctx: ctxOf(c, 'programme.nominate'),
          input: { ...c.req.valid('json'), programmeId: c.req.valid('param').id },
        }),
        200,
      ),
  );

  // POST /api/ambassadors/applications/{id}/nomination
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/ambassadors/applications/{id}/nomination',
      tags,
      summary: 'Accept or decline a nomination of mine',
      request: { params: IdParams, ...body(NominationAnswerBody) },
      responses: answer('Answered', ApplicationRef),
    }),
    async (c) =>
      c.json(
        await answerNomination({
          ctx: ctxOf(c, 'share'),
          input: { ...c.req.valid('json'), applicationId: c.req.valid('param').id },
        }),
        200,
      ),
  );

  // POST /api/ambassadors/applications/{id}/invitation
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/ambassadors/applications/{id}/invitation',
      tags,
      summary: 'Accept or decline an invitation to the next cohort (409 when the seats are gone)',
      request: { params: IdParams, ...body(InvitationAnswerBody) },
      responses: answer('Answered', Ok),
    }),
    async (c) =>
      c.json(
        await answerInvitation({
          ctx: ctxOf(c, 'share'),
          input: { ...c.req.valid('json'), applicationId: c.req.valid('param').id },
        }),
        200,
      ),
  );

  // GET /api/programmes/{id}/candidates
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}/candidates',
      tags,
      summary: 'Candidates with eligibility checks, breaches and readiness',
      request: { params: ProgrammeParams, query: CandidateFilters },
      responses: answer('Candidates', CandidateList),
    }),
    async (c) =>
      c.json(
        await listCandidates({
          ctx: ctxOf(c, 'programme.review'),
          input: { ...c.req.valid('query'), programmeId: c.req.valid('param').id },
        }),
        200,
      ),
  );

  // POST /api/programmes/{id}/candidates/{itemId}/decision
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/candidates/{itemId}/decision',
      tags,
      summary: 'Accept, wait-list or decline a candidate with a reason (409 when someone decided first)',
      request: { params: ItemParams, ...body(DecisionBody) },
      responses: answer('Decided', Ok),
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await decideApplication({
        ctx: ctxOf(c, 'programme.review'),
        input: { ...c.req.valid('json'), applicationId: itemId, programmeId: id },
      });
      return c.json({ ok: true }, 200);
    },
  );

  return r;
}
