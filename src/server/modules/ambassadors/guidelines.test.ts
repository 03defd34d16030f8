import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import { insertPost } from '../sharing/test-data';
import type { GuidelineVersionT, MemberListT, MyProgrammesT } from './contract';
import { memberOf, programmeOrg, QUIZ } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type Setup = Awaited<ReturnType<typeof programmeOrg>>;

async function publish(s: Setup, bodyIt: string, kind: 'major' | 'minor') {
  const { id } = await (
    await s.api.post(`/api/programmes/${s.programme.id}/guidelines`, { bodyIt, bodyEn: `${bodyIt} (en)` })
  ).json();
  const res = await s.api.post(`/api/programmes/${s.programme.id}/guidelines/${id}/publish`, { kind });
  expect(res.status).toBe(200);
  return id as string;
}

const mine = async (api: Setup['api']) => ((await (await api.get('/api/ambassadors/me')).json()) as MyProgrammesT).items[0];

describe('guidelines, agreed and versioned', { timeout: 120_000 }, () => {
  it('a major version blocks sharing through Voce until accepted; a minor one only notifies; an old version answers 409', async () => {
    const s = await programmeOrg(tp);
    const m = await memberOf(tp, s);
    const { post } = await insertPost(tp, s.org.id, { title: 'Porte aperte' });
    const share = () =>
      m.api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Venite a trovarci sabato, io ci sarò!' });
    expect((await share()).status).toBe(200);

    const v1 = await publish(s, '# Regole\n\n- **Sii te stesso**\n- <script>alert(1)</script>', 'major');
    const blocked = await share();
    expect(blocked.status).toBe(403);
    const err = (await blocked.json()).error;
    expect(err.code).toBe('ambassadors.sharing_blocked');
    expect(err.message).toContain('linee guida');
    expect(err.details).toMatchObject({ reason: 'guidelines', href: `/ambassadors/${s.programme.id}/guidelines` });
    const before = await mine(m.api);
    expect(before.guidelines).toMatchObject({ version: '1.0', accepted: false, mustAccept: true });
    expect(before.guidelines?.html).toContain('<strong>Sii te stesso</strong>');
    expect(before.guidelines?.html).not.toContain('script');
    const mails = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.to, m.person.email));
    expect(mails.map((x) => x.template)).toContain('programme_guidelines');

    expect((await m.api.post(`/api/ambassadors/guidelines/${v1}/accept`)).status).toBe(200);
    expect((await share()).status).toBe(200);

    await publish(s, '# Regole\n\nVirgola corretta.', 'minor');
    const minor = await mine(m.api);
    expect(minor.guidelines).toMatchObject({ version: '1.1', accepted: true, mustAccept: false });
    expect(minor.guidelines?.html).toContain('Virgola corretta.');
    expect((await share()).status).toBe(200);
    // The page left open on 1.0: accepting it again now is refused, the person reads 1.1 first.
    const stale = await m.api.post(`/api/ambassadors/guidelines/${v1}/accept`);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe('ambassadors.guidelines_not_current');

    const v2 = await publish(s, '# Regole 2\n\nNuove regole sui dati dei clienti.', 'major');
    expect((await share()).status).toBe(403);
    expect((await m.api.post(`/api/ambassadors/guidelines/${v2}/accept`)).status).toBe(200);
    expect((await share()).status).toBe(200);
    const versions: { items: GuidelineVersionT[] } = await (
      await s.api.get(`/api/programmes/${s.programme.id}/guidelines`)
    ).json();
    expect(versions.items.map((v) => [v.version, v.acceptances])).toEqual([
      ['2.0', 1],
      ['1.1', 0],
      ['1.0', 1],
    ]);
    // People outside the programme share as before.
    const outsider = await s.employee();
    expect(
      (await outsider.api.post('/api/shares', { postId: post.id, network: 'x', text: 'Bella giornata in azienda' })).status,
    ).toBe(200);
  });

  it('a draft opened for comments collects the members’ words before publication', async () => {
    const s = await programmeOrg(tp);
    const m = await memberOf(tp, s);
    const { id } = await (
      await s.api.post(`/api/programmes/${s.programme.id}/guidelines`, { bodyIt: 'Bozza', bodyEn: 'Draft' })
    ).json();
    expect((await m.api.post(`/api/ambassadors/guidelines/${id}/comments`, { body: 'Troppo rigido' })).status).toBe(409);
    expect((await s.api.post(`/api/programmes/${s.programme.id}/guidelines/${id}/consultation`)).status).toBe(200);
    expect((await mine(m.api)).consultation?.versionId).toBe(id);
    expect((await m.api.post(`/api/ambassadors/guidelines/${id}/comments`, { body: 'Aggiungerei gli orari' })).status).toBe(200);
    const outsider = await s.employee();
    expect((await outsider.api.post(`/api/ambassadors/guidelines/${id}/comments`, { body: 'Io?' })).status).toBe(403);
    const versions: { items: GuidelineVersionT[] } = await (
      await s.api.get(`/api/programmes/${s.programme.id}/guidelines`)
    ).json();
    expect(versions.items[0]).toMatchObject({ status: 'consultation', comments: [{ body: 'Aggiungerei gli orari' }] });
  });

  it('suspension blocks sharing with the reason; reinstating lifts it', async () => {
    const s = await programmeOrg(tp);
    const m = await memberOf(tp, s);
    const { post } = await insertPost(tp, s.org.id);
    const [member] = ((await (await s.api.get(`/api/programmes/${s.programme.id}/members`)).json()) as MemberListT).items;
    const reason = 'Commenti aggressivi sotto il post del cliente';
    expect((await s.api.post(`/api/programmes/${s.programme.id}/members/${member.id}/suspend`, { reason })).status).toBe(200);
    const res = await m.api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Ciao a tutti' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain(reason);
    expect((await mine(m.api)).member).toMatchObject({ status: 'suspended', suspendedReason: reason });
    expect((await s.api.post(`/api/programmes/${s.programme.id}/members/${member.id}/reinstate`)).status).toBe(200);
    expect((await m.api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Ciao a tutti' })).status).toBe(200);
  });

  it('readiness: guidelines, quiz and sharing profile make a member ready', async () => {
    const s = await programmeOrg(tp, { quiz: QUIZ });
    const m = await memberOf(tp, s);
    const v1 = await publish(s, 'Regole', 'major');
    expect((await mine(m.api)).member?.readiness).toEqual({ guidelines: false, quiz: false, profile: false, ready: false });
    await m.api.post(`/api/ambassadors/guidelines/${v1}/accept`);
    const quiz = (await mine(m.api)).quiz!;
    expect(quiz.questions[0]).toEqual({ text: 'Devo dire che lavoro qui?', options: ['Sì, sempre', 'No'] });
    const failed = await (await m.api.post(`/api/ambassadors/programmes/${s.programme.id}/quiz`, { answers: [1, 1] })).json();
    expect(failed).toMatchObject({ score: 0, passed: false });
    expect((await m.api.post(`/api/ambassadors/programmes/${s.programme.id}/quiz`, { answers: [0] })).status).toBe(400);
    const passed = await (await m.api.post(`/api/ambassadors/programmes/${s.programme.id}/quiz`, { answers: [0, 1] })).json();
    expect(passed).toMatchObject({ score: 1, total: 2, passed: true });
    await m.api.put('/api/me/sharing-profile', { rankingOptOut: false, audience: { linkedin: 500 }, contentLanguages: ['it'] });
    expect((await mine(m.api)).member?.readiness).toEqual({ guidelines: true, quiz: true, profile: true, ready: true });
    const [row] = ((await (await s.api.get(`/api/programmes/${s.programme.id}/members`)).json()) as MemberListT).items;
    expect(row.readiness.ready).toBe(true);
  });
});
