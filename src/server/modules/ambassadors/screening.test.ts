import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { mailMessages } from '../mail/schema';
import type { CandidateListT } from './contract';
import { applications, members } from './schema';
import { programmeOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('screening', { timeout: 120_000 }, () => {
  it('shows each candidate with the eligibility checks computed, and scores the rubric', async () => {
    const s = await programmeOrg(tp, {
      eligibility: { minTenureMonths: 12 },
      rubric: [{ key: 'motivation', labelIt: 'Motivazione', labelEn: 'Motivation' }],
    });
    const e = await s.employee({ hireDate: '2010-01-15', jobFamily: 'Logistica', site: 'Piacenza' });
    const { id } = await (await e.api.post(`/api/programmes/${s.programme.id}/apply`, { motivation: 'Eccomi' })).json();
    const list: CandidateListT = await (await s.api.get(`/api/programmes/${s.programme.id}/candidates`)).json();
    expect(list.items[0]).toMatchObject({
      person: { jobFamily: 'Logistica', site: 'Piacenza' },
      checks: { tenureOk: true, eligible: true, breaches: 0, readiness: { guidelines: true, quiz: true, profile: false } },
    });
    expect(list.items[0].checks.tenureMonths).toBeGreaterThan(180);
    const res = await s.api.post(`/api/programmes/${s.programme.id}/candidates/${id}/decision`, {
      decision: 'waitlist',
      reason: 'Posti finiti per questa coorte',
      scores: { motivation: 4, unknown: 5 },
    });
    expect(res.status).toBe(200);
    const [row] = await tp.platform.db.select().from(applications).where(eq(applications.id, id));
    expect(row).toMatchObject({
      status: 'waitlisted',
      scores: { motivation: 4 },
      decisionReason: 'Posti finiti per questa coorte',
    });
    const [mail] = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.to, e.person.email));
    expect(mail.subject).toContain("lista d'attesa");
    // From the waiting list to a seat, saying what the reviewer saw.
    const accept = await s.api.post(`/api/programmes/${s.programme.id}/candidates/${id}/decision`, {
      decision: 'accept',
      reason: 'Si è liberato un posto',
      from: 'waitlisted',
    });
    expect(accept.status).toBe(200);
    const audits = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, s.org.id), eq(auditLog.targetId, e.person.id)));
    expect(
      audits
        .map((a) => a.action)
        .filter((a) => a.startsWith('programme.'))
        .sort(),
    ).toEqual(['programme.candidate_accepted', 'programme.candidate_waitlisted']);
  });

  it('two reviewers deciding at once: exactly one decision stands, the other gets 409 already_decided', async () => {
    const s = await programmeOrg(tp);
    const hr = await createPerson(tp, s.org.id, { roles: ['hr'] });
    const second = await signIn(tp, hr.email);
    const e = await s.employee();
    const { id } = await (await e.api.post(`/api/programmes/${s.programme.id}/apply`, { motivation: 'Eccomi' })).json();
    const url = `/api/programmes/${s.programme.id}/candidates/${id}/decision`;
    const [a, b] = await Promise.all([
      s.api.post(url, { decision: 'accept', reason: 'Sì' }),
      second.post(url, { decision: 'decline', reason: 'No' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect((await loser.json()).error.code).toBe('ambassadors.already_decided');
    const [row] = await tp.platform.db.select().from(applications).where(eq(applications.id, id));
    const seats = await tp.platform.db.select().from(members).where(eq(members.personId, e.person.id));
    expect(seats.length).toBe(row.status === 'accepted' ? 1 : 0);
    const decisions = await tp.platform.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.orgId, s.org.id),
          inArray(auditLog.action, ['programme.candidate_accepted', 'programme.candidate_declined']),
        ),
      );
    expect(decisions).toHaveLength(1);
  });

  it('200 simultaneous acceptances for 20 seats make exactly 20 members', async () => {
    const s = await programmeOrg(tp, { seats: 20 });
    const candidates = await Promise.all(Array.from({ length: 200 }, () => createPerson(tp, s.org.id, { login: false })));
    const apps = await tp.platform.db
      .insert(applications)
      .values(
        candidates.map((p) => ({
          orgId: s.org.id,
          programmeId: s.programme.id,
          personId: p.id,
          source: 'applied' as const,
          status: 'pending' as const,
        })),
      )
      .returning({ id: applications.id });
    const answers = await Promise.all(
      apps.map((a) =>
        s.api.post(`/api/programmes/${s.programme.id}/candidates/${a.id}/decision`, { decision: 'accept', reason: 'Benvenuti' }),
      ),
    );
    const codes = await Promise.all(
      answers.filter((r) => r.status !== 200).map(async (r) => `${r.status} ${(await r.json()).error.code}`),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(20);
    expect(new Set(codes)).toEqual(new Set(['409 ambassadors.no_seats']));
    const seated = await tp.platform.db
      .select()
      .from(members)
      .where(and(eq(members.programmeId, s.programme.id), inArray(members.status, ['active', 'suspended'])));
    expect(seated).toHaveLength(20);
    const accepted = await tp.platform.db
      .select()
      .from(applications)
      .where(and(eq(applications.programmeId, s.programme.id), eq(applications.status, 'accepted')));
    expect(accepted).toHaveLength(20);
  }, 180_000);
});
