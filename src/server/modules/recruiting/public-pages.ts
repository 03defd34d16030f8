import { type Locale, t } from '../../platform/i18n';
import { esc, layout, tr } from './html';
import { jobPostingLd, ldScript } from './json-ld';
import { contractKeys } from './labels';
import { plainText } from './rich-text';
import { isAcceptingApplications, type JobRow } from './rows';

export type OrgInfo = { name: string; slug: string; careersUrl: string };
const pick = (locale: Locale, it: string, en: string) => (locale === 'en' ? en : it);
const title = (job: JobRow, l: Locale) => pick(l, job.titleIt, job.titleEn);

export function careersPage(locale: Locale, org: OrgInfo, jobs: JobRow[]): string {
  const cards = jobs
    .map(
      (j) => `<article class="card"><h2><a href="${esc(`${org.careersUrl}/jobs/${j.id}`)}">${esc(title(j, locale))}</a></h2>
<p class="meta">${esc(j.department)} · ${esc(j.site)}, ${esc(j.locality)} · ${tr(locale, contractKeys[j.contractType])}</p></article>`,
    )
    .join('');
  const heading = t(locale, 'recruiting:public.careersTitle', { org: org.name });
  return layout(
    locale,
    {
      title: heading,
      description: t(locale, 'recruiting:public.careersDescription', { org: org.name }),
      canonical: org.careersUrl,
      meta: [
        ['og:type', 'website'],
        ['og:title', heading],
        ['og:url', org.careersUrl],
      ],
    },
    `<h1>${esc(heading)}</h1>${cards || `<p>${tr(locale, 'public.noJobs')}</p>`}`,
  );
}

export type JobPageInput = {
  org: OrgInfo;
  job: JobRow;
  url: string;
  photoUrls: string[];
  /** Validated tracked-link code carried into the form (the cookie carries it too). */
  ref: string | null;
  retentionMonths: number;
  error?: string;
  now?: Date;
};

export function jobPage(locale: Locale, p: JobPageInput): string {
  const { job, org } = p;
  const open = isAcceptingApplications(job, p.now);
  const description = plainText(pick(locale, job.descriptionIt, job.descriptionEn)).slice(0, 300);
  const photos = p.photoUrls.length
    ? `<div class="photos">${p.photoUrls.map((u, i) => `<img src="${esc(u)}" alt="${tr(locale, 'public.photoAlt', { n: i + 1 })}" loading="lazy">`).join('')}</div>`
    : '';
  const salary =
    job.salaryMin !== null || job.salaryMax !== null
      ? `<p class="meta">${tr(locale, 'public.salary', { min: job.salaryMin ?? '…', max: job.salaryMax ?? '…' })}</p>`
      : '';
  const faq = job.faq.length
    ? `<h2>${tr(locale, 'public.faq')}</h2>${job.faq.map((f) => `<details><summary>${esc(f.question)}</summary><p>${esc(f.answer)}</p></details>`).join('')}`
    : '';
  const manager = job.managerMessage
    ? `<section class="card"><h2>${tr(locale, 'public.managerMessage')}</h2><p>${esc(job.managerMessage)}</p></section>`
    : '';
  return layout(
    locale,
    {
      title: `${title(job, locale)} · ${org.name}`,
      description,
      canonical: p.url,
      meta: [
        ['og:type', 'website'],
        ['og:title', `${title(job, locale)} · ${org.name}`],
        ['og:description', description],
        ['og:url', p.url],
        ['og:site_name', org.name],
        ...(p.photoUrls[0] ? ([['og:image', p.photoUrls[0]]] as [string, string][]) : []),
        ['twitter:card', p.photoUrls[0] ? 'summary_large_image' : 'summary'],
      ],
      extra: ldScript(jobPostingLd(job, { name: org.name, careersUrl: org.careersUrl }, locale)),
    },
    `<p><a href="${esc(org.careersUrl)}">${tr(locale, 'public.allJobs', { org: org.name })}</a></p>
<h1>${esc(title(job, locale))}</h1>
<p class="meta">${esc(job.department)} · ${esc(job.site)}, ${esc(job.locality)} · ${tr(locale, contractKeys[job.contractType])} · ${tr(locale, 'public.closesOn', { day: job.closesOn })}</p>
${salary}${photos}
<section>${pick(locale, job.descriptionIt, job.descriptionEn)}</section>
${pick(locale, job.requirementsIt, job.requirementsEn) ? `<h2>${tr(locale, 'public.requirements')}</h2><section>${pick(locale, job.requirementsIt, job.requirementsEn)}</section>` : ''}
${manager}${faq}
${open ? applyForm(locale, p) : `<section class="card closed" role="status"><h2>${tr(locale, 'public.closedTitle')}</h2>${p.error ? `<p class="error">${esc(p.error)}</p>` : ''}<p>${tr(locale, 'public.closedBody')}</p></section>`}`,
  );
}

function applyForm(locale: Locale, p: JobPageInput): string {
  return `<section class="card"><h2 id="apply">${tr(locale, 'public.applyTitle')}</h2>
${p.error ? `<p class="error" role="alert">${esc(p.error)}</p>` : ''}
<form method="post" action="${esc(`${p.url}/apply`)}" enctype="multipart/form-data">
${p.ref ? `<input type="hidden" name="ref" value="${esc(p.ref)}">` : ''}
<input type="hidden" name="locale" value="${locale}">
<label for="name">${tr(locale, 'public.name')}</label><input type="text" id="name" name="name" required maxlength="200" autocomplete="name">
<label for="email">${tr(locale, 'public.email')}</label><input type="email" id="email" name="email" required maxlength="320" autocomplete="email">
<label for="cv">${tr(locale, 'public.cv')}</label><input type="file" id="cv" name="cv" accept="application/pdf,.pdf" required>
<label class="check"><input type="checkbox" name="consent" value="yes" required> ${tr(locale, 'public.consent', { months: p.retentionMonths })}</label>
<button type="submit">${tr(locale, 'public.send')}</button></form></section>`;
}
