import crypto from 'node:crypto';
import { createLogin } from '../modules/auth';
import { organisations } from '../modules/organisations/schema';
import { people } from '../modules/people/schema';
import type { Role } from '../platform/permissions';
import type { TestPlatform } from './test-platform';

export const PASSWORD = 'correct-horse-battery';

const unique = () => crypto.randomBytes(4).toString('hex');

/** A fresh organisation: tests isolate by organisation, never by wiping tables. */
export async function createOrg(tp: TestPlatform, name = `Org ${unique()}`) {
  const [org] = await tp.platform.db
    .insert(organisations)
    .values({ name, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${unique()}` })
    .returning();
  return org;
}

export type PersonOpts = {
  roles?: Role[];
  name?: string;
  email?: string;
  department?: string;
  site?: string;
  jobFamily?: string;
  hireDate?: string;
  locale?: 'it' | 'en';
  /** The languages the person reads posts in; the interface language when left out (as the app does). */
  contentLanguages?: ('it' | 'en')[];
  managerId?: string;
  /** With a login (status active); false: a person without an account (status pending). */
  login?: boolean;
  /**
   * Another membership of an existing login (status active, no new login): what accepting an invitation into a
   * second organisation produces. Use the same e-mail as that login's.
   */
  userId?: string;
};

export async function createPerson(tp: TestPlatform, orgId: string, opts: PersonOpts = {}) {
  const email = opts.email ?? `p-${unique()}@example.test`;
  const name = opts.name ?? `Person ${unique()}`;
  const login = opts.userId ? true : (opts.login ?? true);
  const userId = opts.userId ?? (login ? await createLogin(tp.auth, tp.platform.db, { email, name, password: PASSWORD }) : null);
  const [person] = await tp.platform.db
    .insert(people)
    .values({
      orgId,
      email,
      name,
      userId,
      roles: opts.roles ?? ['employee'],
      department: opts.department,
      site: opts.site,
      jobFamily: opts.jobFamily,
      hireDate: opts.hireDate,
      locale: opts.locale ?? 'it',
      contentLanguages: opts.contentLanguages ?? [opts.locale ?? 'it'],
      managerId: opts.managerId,
      status: login ? 'active' : 'pending',
    })
    .returning();
  return person;
}

/** Signs in through the real route and returns a client that sends the session cookie. */
export async function signIn(tp: TestPlatform, email: string, password = PASSWORD) {
  const res = await tp.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return client(tp, cookie);
}

export function client(tp: TestPlatform, cookie = '') {
  const call = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    tp.app.request(url, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    cookie,
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => call('POST', url, body ?? {}, headers),
    patch: (url: string, body?: unknown) => call('PATCH', url, body ?? {}),
    put: (url: string, body?: unknown) => call('PUT', url, body ?? {}),
    delete: (url: string) => call('DELETE', url),
    raw: (url: string, init: RequestInit) =>
      tp.app.request(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }),
  };
}

/** An admin signed in to a fresh organisation: the usual starting point of a route test. */
export async function adminOfNewOrg(tp: TestPlatform, roles: Role[] = ['admin']) {
  const org = await createOrg(tp);
  const admin = await createPerson(tp, org.id, { roles, name: 'Ada Admin' });
  return { org, admin, api: await signIn(tp, admin.email) };
}
