import { OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { ofOrg } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { clientAddress } from '../../platform/http/client-address';
import { errorMessage } from '../../platform/http/errors';
import type { AppEnv } from '../../platform/http/types';
import type { Locale } from '../../platform/i18n';
import { t } from '../../platform/i18n';
import { applyToJob } from './apply';
import { attributionOf, REF_COOKIE, REF_RE } from './attribution';
import { ApplyFields, PublicJobParams } from './contract';
import { MAX_CV_BYTES } from './cv';
import { fromOwnForm, messagePage } from './html';
import { countJobView, viewSource } from './job-views';
import { readJobPhoto } from './photos';
import { publicOrg } from './public-org';
import { careersPage, jobPage } from './public-pages';
import { applicantVisitorHash } from './referrer-visitor';
import { getJobRow, jobUrl } from './rows';
import { jobs } from './schema';
import { settingsOf } from './settings';

type C = Context<AppEnv>;
const SLUG = /^[a-z0-9-]{1,120}$/;

export function html(c: C, status: 200 | 400 | 403 | 404 | 409 | 410 | 413 | 422 | 429, body: string, cache = 'no-store') {
  return c.body(body, status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': cache });
}

export const notFoundHtml = (c: C) =>
  html(
    c,
    404,
    messagePage(
      c.get('locale'),
      t(c.get('locale'), 'recruiting:public.notFoundTitle'),
      t(c.get('locale'), 'recruiting:public.notFoundBody'),
    ),
  );

const photoUrl = (careersUrl: string, name: string) => `${careersUrl}/photos/${name}`;

/**
 * The public careers pages: server-rendered HTML (crawlers and link previews run no JavaScript), one request each, no
 * script. Candidates need no account; the forms post back here and work without JavaScript.
 */
export function publicRoutes() {
  const r = new OpenAPIHono<AppEnv>();

  // GET /careers/:slug — the open jobs of an organisation
  r.get('/careers/:slug', async (c) => {
    const slug = c.req.param('slug');
    const org = SLUG.test(slug) ? await publicOrg(c.get('platform'), slug, c.get('locale')) : null;
    if (!org) return notFoundHtml(c);
    const today = new Date().toISOString().slice(0, 10);
    const rows = await org.ctx.db
      .select()
      .from(jobs)
      .where(ofOrg(org.ctx, jobs, and(eq(jobs.status, 'open'), gte(jobs.closesOn, today))))
      .orderBy(asc(jobs.closesOn));
    return html(c, 200, careersPage(c.get('locale'), org.info, rows), 'public, max-age=60');
  });

  // GET /careers/:slug/jobs/:id — the job card; ?ref=<tracked link code> credits the sharer (checked, then a cookie)
  r.get('/careers/:slug/jobs/:id', async (c) => {
    const page = await loadJob(c);
    if (!page) return notFoundHtml(c);
    const raw = c.req.query('ref') ?? getCookie(c, REF_COOKIE);
    const valid = raw && (await attributionOf(page.ctx, page.job, raw)) ? raw : null;
    if (valid && c.req.query('ref'))
      setCookie(c, REF_COOKIE, valid, {
        path: `/careers/${page.info.slug}`,
        httpOnly: true,
        sameSite: 'Lax',
        secure: c.get('platform').config.publicUrl.startsWith('https:'),
        maxAge: 30 * 86_400,
      });
    await countJobView(page.ctx, page.job.id, viewSource(!!valid, c.req.header('referer'), page.info.careersUrl));
    return html(c, 200, await renderJob(c, page, { ref: valid }), valid ? 'no-store' : 'public, max-age=60');
  });

  // POST /careers/:slug/jobs/:id/apply — the application form (multipart: name, email, cv, consent, ref)
  r.post(
    '/careers/:slug/jobs/:id/apply',
    bodyLimit({
      maxSize: MAX_CV_BYTES + 256 * 1024,
      onError: (c) => applyFailed(c, new AppError('recruiting.cv_too_large', 413, { max: 10 })),
    }),
    async (c) => {
      const platform = c.get('platform');
      if (!fromOwnForm(c.req.raw.headers, platform.config.publicUrl, c.req.url))
        return html(c, 403, messagePage(c.get('locale'), t(c.get('locale'), 'errors:csrf_rejected'), ''));
      const page = await loadJob(c);
      if (!page) return notFoundHtml(c);
      let form: Record<string, string | File>;
      try {
        form = (await c.req.parseBody()) as Record<string, string | File>;
      } catch {
        return applyFailed(c, new AppError('validation_failed', 400), page);
      }
      const parsed = ApplyFields.safeParse({ ...form, cv: undefined, ref: form.ref || getCookie(c, REF_COOKIE) || undefined });
      if (!parsed.success) return applyFailed(c, new AppError('recruiting.form_invalid', 400), page);
      try {
        await applyToJob({
          ctx: { ...page.ctx, locale: parsed.data.locale },
          input: {
            ...parsed.data,
            jobId: page.job.id,
            cv: form.cv,
            clientAddress: clientAddress(c),
            visitorHash: await applicantVisitorHash(c),
          },
        });
      } catch (err) {
        if (err instanceof AppError) return applyFailed(c, err, page, parsed.data.locale);
        throw err;
      }
      const l = parsed.data.locale;
      return html(
        c,
        200,
        messagePage(l, t(l, 'recruiting:public.appliedTitle'), t(l, 'recruiting:public.appliedBody'), {
          href: page.info.careersUrl,
          label: t(l, 'recruiting:public.allJobs', { org: page.info.name }),
        }),
      );
    },
  );

  // GET /careers/:slug/photos/:name — a job card photo (re-encoded at upload)
  r.get('/careers/:slug/photos/:name', async (c) => {
    const slug = c.req.param('slug');
    const org = SLUG.test(slug) ? await publicOrg(c.get('platform'), slug, c.get('locale')) : null;
    const img = org ? await readJobPhoto(c.get('platform').storage, org.ctx.orgId, c.req.param('name')) : null;
    if (!img) return notFoundHtml(c);
    return c.body(Buffer.from(img.bytes), 200, { 'content-type': img.contentType, 'cache-control': 'public, max-age=86400' });
  });

  return r;
}

type JobPage = NonNullable<Awaited<ReturnType<typeof loadJob>>>;

async function loadJob(c: C) {
  const params = PublicJobParams.safeParse({ slug: c.req.param('slug'), id: c.req.param('id') });
  if (!params.success) return null;
  const org = await publicOrg(c.get('platform'), params.data.slug, c.get('locale'));
  if (!org) return null;
  const job = await getJobRow(org.ctx, params.data.id).catch(() => null);
  // Drafts are not public; closed jobs stay (shared links must not break) and say they are closed.
  if (!job || job.status === 'draft') return null;
  return { ...org, job };
}

async function renderJob(c: C, page: JobPage, extra: { ref: string | null; error?: string; locale?: Locale }) {
  const locale = extra.locale ?? c.get('locale');
  const { retentionMonths } = await settingsOf(page.ctx.db, page.ctx.orgId);
  return jobPage(locale, {
    org: page.info,
    job: page.job,
    url: jobUrl(c.get('platform').config.publicUrl, page.info.slug, page.job.id),
    photoUrls: page.job.photos.map((p) => photoUrl(page.info.careersUrl, p)),
    ref: extra.ref && REF_RE.test(extra.ref) ? extra.ref : null,
    retentionMonths,
    error: extra.error,
  });
}

/** A refused application: the job page again with the reason above the form, and the matching status code. */
async function applyFailed(c: C, err: AppError, page?: JobPage | null, locale?: Locale) {
  const l = locale ?? c.get('locale');
  const message = errorMessage(l, err.code, err.params);
  const status = ([400, 409, 413, 422, 429] as const).find((s) => s === err.status) ?? 400;
  if (!page) return html(c, status, messagePage(l, message, ''));
  return html(c, status, await renderJob(c, page, { ref: getCookie(c, REF_COOKIE) ?? null, error: message, locale: l }));
}
