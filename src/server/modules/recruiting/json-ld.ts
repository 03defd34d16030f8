import type { Locale } from '../../platform/i18n';
import { plainText } from './rich-text';
import type { JobRow } from './rows';

const EMPLOYMENT: Record<JobRow['contractType'], string> = {
  permanent: 'FULL_TIME',
  fixed_term: 'TEMPORARY',
  apprenticeship: 'OTHER',
  internship: 'INTERN',
  part_time: 'PART_TIME',
};

/**
 * schema.org JobPosting with every property Google requires (title, description, datePosted, validThrough,
 * hiringOrganization, jobLocation) plus employmentType and baseSalary when set. The description is the sanitised HTML
 * (Google accepts basic HTML there).
 */
export function jobPostingLd(job: JobRow, org: { name: string; careersUrl: string }, locale: Locale) {
  const en = locale === 'en';
  const description = en ? `${job.descriptionEn}${job.requirementsEn}` : `${job.descriptionIt}${job.requirementsIt}`;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: en ? job.titleEn : job.titleIt,
    description: plainText(description) ? description : en ? job.titleEn : job.titleIt,
    datePosted: (job.openedAt ?? job.createdAt).toISOString().slice(0, 10),
    validThrough: `${job.closesOn}T23:59:59`,
    employmentType: EMPLOYMENT[job.contractType],
    hiringOrganization: { '@type': 'Organization', name: org.name, sameAs: org.careersUrl },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: job.locality, addressCountry: job.country },
    },
    ...(job.salaryMin !== null || job.salaryMax !== null
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            value: {
              '@type': 'QuantitativeValue',
              ...(job.salaryMin !== null ? { minValue: job.salaryMin } : {}),
              ...(job.salaryMax !== null ? { maxValue: job.salaryMax } : {}),
              unitText: 'YEAR',
            },
          },
        }
      : {}),
  };
}

/** JSON inside <script>: "<" escaped so no "</script>" in a title can end the block. */
export const ldScript = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
