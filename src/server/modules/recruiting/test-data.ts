// Test-only helpers: an organisation with HR and employees, openings built through the API, applications posted
// through the public form as a phone would.
import { and, desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import { unseal } from '../mail/seal';
import type { JobFieldsT, JobT } from './contract';

export const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

export async function ok<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const text = await r.text();
  expect(r.status, text).toBe(200);
  return JSON.parse(text) as T;
}

export const PDF: Uint8Array<ArrayBuffer> = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new TextEncoder().encode('%PDF-1.4 pretending')]);

export function jobInput(over: Partial<JobFieldsT> = {}): JobFieldsT {
  return {
    titleIt: 'Addetto/a al confezionamento',
    titleEn: 'Packaging operator',
    department: 'Produzione',
    site: 'Stabilimento di Parma',
    locality: 'Parma',
    country: 'IT',
    contractType: 'permanent',
    descriptionIt: '<p>Lavorerai sulla <strong>linea 3</strong>.</p><script>alert(1)</script>',
    descriptionEn: '<p>You will work on <strong>line 3</strong>.</p>',
    requirementsIt: '<ul><li>Diploma</li></ul>',
    requirementsEn: '<ul><li>High-school diploma</li></ul>',
    salaryMin: 26000,
    salaryMax: 30000,
    closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    faq: [{ question: 'Turni?', answer: 'Due turni, mai di notte.' }],
    managerMessage: 'Vi aspettiamo in squadra!',
    photos: [],
    ...over,
  };
}

export async function recruitingOrg(tp: TestPlatform) {
  const { org, admin, api: hr } = await adminOfNewOrg(tp, ['hr']);
  const anna = await createPerson(tp, org.id, { name: 'Anna Rossi', email: `anna.rossi.${org.id.slice(0, 6)}@gmail.com` });
  const bruno = await createPerson(tp, org.id, { roles: ['hr'], name: 'Bruno Verdi' });
  return { org, admin, hr, anna, as: await signIn(tp, anna.email), bruno, asBruno: await signIn(tp, bruno.email) };
}

export async function openJob(hr: Awaited<ReturnType<typeof recruitingOrg>>['hr'], over: Partial<JobFieldsT> = {}) {
  const job = await ok<JobT>(hr.post('/api/recruiting/jobs', jobInput(over)));
  return ok<JobT>(hr.post(`/api/recruiting/jobs/${job.id}/status`, { status: 'open' }));
}

export const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

export type ApplyOpts = {
  name?: string;
  email?: string;
  cv?: Uint8Array | null;
  filename?: string;
  ref?: string;
  cookie?: string;
  ip?: string;
  consent?: boolean;
};

/** Posts the public application form (multipart, as the browser sends it) from a given client address. */
export function apply(tp: TestPlatform, job: JobT, o: ApplyOpts = {}) {
  const form = new FormData();
  form.set('name', o.name ?? 'Carla Bianchi');
  form.set('email', o.email ?? `carla.${Math.random().toString(36).slice(2)}@example.test`);
  if (o.consent !== false) form.set('consent', 'yes');
  form.set('locale', 'it');
  if (o.ref) form.set('ref', o.ref);
  if (o.cv !== null)
    form.set('cv', new File([(o.cv ?? PDF) as Uint8Array<ArrayBuffer>], o.filename ?? 'cv.pdf', { type: 'application/pdf' }));
  return tp.app.request(
    `${pathOf(job.publicUrl)}/apply`,
    { method: 'POST', body: form, headers: o.cookie ? { cookie: o.cookie } : {} },
    { incoming: { socket: { remoteAddress: o.ip ?? `10.${rand()}.${rand()}.${rand()}` } } },
  );
}
const rand = () => Math.floor(Math.random() * 250);

/** The newest e-mail of a template to an address, its hidden link opened (as the SMTP send would). */
export async function lastMail(tp: TestPlatform, to: string, template: string) {
  const [m] = await tp.platform.db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.to, to), eq(mailMessages.template, template)))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  if (!m) return null;
  const url = m.sealed ? unseal(tp.platform.config.secret, m.sealed) : (/https?:\/\/\S+/.exec(m.text)?.[0] ?? null);
  return { ...m, url };
}

export const jsonLdOf = (html: string) => {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return m ? (JSON.parse(m[1]) as Record<string, unknown>) : null;
};
export const metaOf = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? null;
