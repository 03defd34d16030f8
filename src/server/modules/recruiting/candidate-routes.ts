import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../platform/errors';
import { clientAddress } from '../../platform/http/client-address';
import type { AppEnv } from '../../platform/http/types';
import { type Locale, t } from '../../platform/i18n';
import { candidateView, eraseApplication, withdrawApplication } from './candidate-status';
import { issueToken, SESSION_MINUTES, sessionOf, spendLink } from './candidate-tokens';
import { NewLinkFields, StatusFields } from './contract';
import { esc, fromOwnForm, layout, messagePage, tr } from './html';
import { interviewOf, isOpen } from './interview-access';
import { linkKeys, stageKeys } from './labels';
import { publicOrg } from './public-org';
import { html, notFoundHtml } from './public-routes';
import { sendStatusLink } from './send-status-link';

type C = Context<AppEnv>;
const SESSION_COOKIE = 'voce_candidate';
const SLUG = /^[a-z0-9-]{1,120}$/;
const path = (slug: string) => `/careers/${slug}/status`;
export const interviewPage = (slug: string) => `/interview/${slug}`;

/** The candidate's private status page: opened by the e-mailed magic link, then held by a short session cookie. */
export function candidateRoutes() {
  const r = new OpenAPIHono<AppEnv>();

  // GET /careers/:slug/status/:token — spends the magic link, then sends to the status page
  r.get('/careers/:slug/status/:token', async (c) => {
    const org = await orgOf(c);
    if (!org) return notFoundHtml(c);
    const l = c.get('locale');
    const outcome = await spendLink(org.ctx.db, c.req.param('token'));
    if (!outcome.ok || outcome.orgId !== org.ctx.orgId) {
      const reason = outcome.ok ? 'unknown' : outcome.reason;
      const [title, body] = linkKeys[reason];
      return html(c, 410, newLinkPage(l, org.info.slug, t(l, title), t(l, body)));
    }
    const session = await issueToken(org.ctx, outcome.applicationId, 'session');
    setCookie(c, SESSION_COOKIE, session, {
      path: path(org.info.slug),
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.get('platform').config.publicUrl.startsWith('https:'),
      maxAge: SESSION_MINUTES * 60,
    });
    // An interview invitation's link opens the interview page (the web app) rather than the status page.
    return c.redirect(c.req.query('to') === 'interview' ? interviewPage(org.info.slug) : path(org.info.slug), 303);
  });

  // GET /careers/:slug/status — what the candidate sees: their data, the stage, withdraw and erase
  r.get('/careers/:slug/status', async (c) => {
    const found = await sessionFor(c);
    if (!found) return expired(c);
    const view = await candidateView(found.org.ctx, found.applicationId);
    if (!view) return expired(c);
    const interview = await interviewOf(found.org.ctx, found.applicationId).catch(() => null);
    return html(c, 200, statusPage(c.get('locale'), found.org.info.slug, view, interview ? isOpen(interview) : null));
  });

  // POST /careers/:slug/status — action=withdraw | erase
  r.post('/careers/:slug/status', async (c) => {
    const platform = c.get('platform');
    if (!fromOwnForm(c.req.raw.headers, platform.config.publicUrl, c.req.url))
      return html(c, 403, messagePage(c.get('locale'), t(c.get('locale'), 'errors:csrf_rejected'), ''));
    const found = await sessionFor(c);
    if (!found) return expired(c);
    const parsed = StatusFields.safeParse(await c.req.parseBody().catch(() => ({})));
    if (!parsed.success) return c.redirect(path(found.org.info.slug), 303);
    const l = c.get('locale');
    if (parsed.data.action === 'withdraw') {
      await withdrawApplication(found.org.ctx, found.applicationId);
      return c.redirect(path(found.org.info.slug), 303);
    }
    await eraseApplication(found.org.ctx, found.applicationId, 'candidate');
    deleteCookie(c, SESSION_COOKIE, { path: path(found.org.info.slug) });
    return html(c, 200, messagePage(l, t(l, 'recruiting:public.erasedTitle'), t(l, 'recruiting:public.erasedBody')));
  });

  // POST /careers/:slug/status/new-link — a new status link by e-mail, from the expired pages
  r.post('/careers/:slug/status/new-link', async (c) => {
    const org = await orgOf(c);
    if (!org) return notFoundHtml(c);
    const l = c.get('locale');
    if (!fromOwnForm(c.req.raw.headers, c.get('platform').config.publicUrl, c.req.url))
      return html(c, 403, messagePage(l, t(l, 'errors:csrf_rejected'), ''));
    const parsed = NewLinkFields.safeParse(await c.req.parseBody().catch(() => ({})));
    const [title, body] = linkKeys.expired;
    if (!parsed.success)
      return html(c, 400, newLinkPage(l, org.info.slug, t(l, title), t(l, body), t(l, 'recruiting:public.newLinkInvalid')));
    try {
      await sendStatusLink({ ctx: org.ctx, input: { email: parsed.data.email, clientAddress: clientAddress(c) } });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 429) throw err;
      return html(c, 429, newLinkPage(l, org.info.slug, t(l, title), t(l, body), t(l, 'errors:rate_limited')));
    }
    return html(c, 200, messagePage(l, t(l, 'recruiting:public.newLinkSentTitle'), t(l, 'recruiting:public.newLinkSentBody')));
  });

  return r;
}

/** The page of a spent, expired or broken link and of an ended session: what happened, and a form for a new link. */
function newLinkPage(l: Locale, slug: string, title: string, body: string, error?: string): string {
  return layout(
    l,
    { title, noindex: true },
    `<h1>${esc(title)}</h1><p>${esc(body)}</p>
<form method="post" action="${esc(path(slug))}/new-link">${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<label>${tr(l, 'public.newLinkEmail')} <input type="email" name="email" required maxlength="320" autocomplete="email"${error ? ' aria-invalid="true"' : ''}></label>
<button type="submit">${tr(l, 'public.newLinkSend')}</button></form>`,
  );
}

async function orgOf(c: C) {
  const slug = c.req.param('slug') ?? '';
  return SLUG.test(slug) ? publicOrg(c.get('platform'), slug, c.get('locale')) : null;
}

export async function sessionFor(c: C) {
  const org = await orgOf(c);
  if (!org) return null;
  const s = await sessionOf(org.ctx.db, getCookie(c, SESSION_COOKIE));
  if (!s || s.orgId !== org.ctx.orgId) return null;
  return { org, applicationId: s.applicationId };
}

const expired = async (c: C) => {
  const l = c.get('locale');
  const org = await orgOf(c);
  if (!org) return notFoundHtml(c);
  const [title, body] = [t(l, 'recruiting:public.session_expired_title'), t(l, 'recruiting:public.session_expired_body')];
  return html(c, 410, newLinkPage(l, org.info.slug, title, body));
};

type View = NonNullable<Awaited<ReturnType<typeof candidateView>>>;

function statusPage(l: Locale, slug: string, v: View, interviewOpen: boolean | null): string {
  const done = v.stage === 'withdrawn' || v.stage === 'hired' || v.stage === 'rejected';
  const form = (action: string, label: string, cls = '') =>
    `<form method="post" action="${esc(path(slug))}"><input type="hidden" name="action" value="${action}"><button type="submit"${cls ? ` class="${cls}"` : ''}>${label}</button></form>`;
  return layout(
    l,
    { title: t(l, 'recruiting:public.statusTitle'), noindex: true },
    `<h1>${tr(l, 'public.statusTitle')}</h1>
<section class="card"><h2>${esc(l === 'en' ? v.titleEn : v.titleIt)}</h2>
<p>${tr(l, 'public.statusStage', { stage: t(l, stageKeys[v.stage]) })}</p>
<p class="meta">${esc(v.name)} · ${esc(v.email)}</p>
<p class="meta">${tr(l, 'public.statusRetention', { day: v.retainUntil.toISOString().slice(0, 10) })}</p></section>
${interviewOpen === null ? '' : `<section class="card"><h2>${tr(l, 'public.interviewTitle')}</h2><p>${tr(l, interviewOpen ? 'public.interviewOpen' : 'public.interviewClosed')}</p><p><a href="${esc(interviewPage(slug))}">${tr(l, 'public.interviewLink')}</a></p></section>`}
${done ? '' : form('withdraw', tr(l, 'public.withdraw'), 'secondary')}
<p>${tr(l, 'public.eraseExplain')}</p>${form('erase', tr(l, 'public.erase'), 'secondary')}`,
  );
}
