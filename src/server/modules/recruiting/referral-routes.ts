import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/types';
import { type Locale, t } from '../../platform/i18n';
import { findPeopleById } from '../people';
import { answerReferral, referralOfToken } from './answer-referral';
import { ConsentFields } from './contract';
import { esc, fromOwnForm, layout, messagePage, tr } from './html';
import { answerKeys } from './labels';
import { publicOrg } from './public-org';
import { html, notFoundHtml } from './public-routes';
import { getJobRow, isAcceptingApplications, jobTitle } from './rows';
import { settingsOf } from './settings';

type C = Context<AppEnv>;
const SLUG = /^[a-z0-9-]{1,120}$/;

/** The referred person's consent page: who recommended them, for what, what happens to their data; yes or no. */
export function referralRoutes() {
  const r = new OpenAPIHono<AppEnv>();

  // GET /careers/:slug/referral/:token
  r.get('/careers/:slug/referral/:token', async (c) => {
    const found = await load(c);
    if (!found) return notFoundHtml(c);
    const l = c.get('locale');
    if (found.ref.status !== 'pending') return answered(c, l);
    const job = await getJobRow(found.org.ctx, found.ref.jobId);
    if (!isAcceptingApplications(job))
      return html(c, 409, messagePage(l, t(l, 'recruiting:public.closedTitle'), t(l, 'recruiting:public.closedBody')));
    const referrer = (await findPeopleById(found.org.ctx, [found.ref.referrerId])).get(found.ref.referrerId)?.name ?? '';
    const { retentionMonths } = await settingsOf(found.org.ctx.db, found.org.ctx.orgId);
    const vars = { referrer, title: jobTitle(job, l), org: found.org.info.name, months: retentionMonths };
    const button = (decision: string, label: string, cls = '') =>
      `<form method="post"><input type="hidden" name="decision" value="${decision}"><button type="submit"${cls ? ` class="${cls}"` : ''}>${label}</button></form>`;
    return html(
      c,
      200,
      layout(
        l,
        { title: t(l, 'recruiting:public.referralTitle', vars), noindex: true },
        `<h1>${tr(l, 'public.referralTitle', vars)}</h1><p>${tr(l, 'public.referralBody', vars)}</p>
<p><a href="${esc(`${found.org.info.careersUrl}/jobs/${job.id}`)}">${esc(jobTitle(job, l))}</a></p>
${button('accept', tr(l, 'public.referralAccept'))}${button('decline', tr(l, 'public.referralDecline'), 'secondary')}`,
      ),
    );
  });

  // POST /careers/:slug/referral/:token — decision=accept | decline
  r.post('/careers/:slug/referral/:token', async (c) => {
    const platform = c.get('platform');
    const l = c.get('locale');
    if (!fromOwnForm(c.req.raw.headers, platform.config.publicUrl, c.req.url))
      return html(c, 403, messagePage(l, t(l, 'errors:csrf_rejected'), ''));
    const found = await load(c);
    if (!found) return notFoundHtml(c);
    const parsed = ConsentFields.safeParse(await c.req.parseBody().catch(() => ({})));
    if (!parsed.success) return c.redirect(c.req.path, 303);
    const answer = await answerReferral(found.org.ctx, found.ref.id, parsed.data.decision);
    if (answer === 'answered') return answered(c, l);
    if (answer === 'closed')
      return html(c, 409, messagePage(l, t(l, 'recruiting:public.closedTitle'), t(l, 'recruiting:public.closedBody')));
    const [title, body] = answerKeys[answer];
    return html(c, 200, messagePage(l, t(l, title), t(l, body)));
  });

  return r;
}

async function load(c: C) {
  const slug = c.req.param('slug') ?? '';
  const org = SLUG.test(slug) ? await publicOrg(c.get('platform'), slug, c.get('locale')) : null;
  if (!org) return null;
  const ref = await referralOfToken(org.ctx.db, c.req.param('token') ?? '');
  if (!ref || ref.orgId !== org.ctx.orgId) return null;
  return { org, ref };
}

const answered = (c: C, l: Locale) =>
  html(c, 410, messagePage(l, t(l, 'recruiting:public.link_used_title'), t(l, 'recruiting:public.link_used_body')));
