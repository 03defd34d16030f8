import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../seed';
import { signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { organisations } from '../organisations/schema';
import type { CampaignT, FeedCardsT, ManagedTrainingListT, MeasuresT, TeamTrainingListT } from './contract';
import { ok } from './test-data';

describe('training demo data', () => {
  let tp: TestPlatform;
  const tag = crypto.randomBytes(3).toString('hex');
  const domain = `${tag}.aurora.example`;
  const as = (who: string) => signIn(tp, `${who}@${domain}`, DEMO_PASSWORD);

  beforeAll(async () => {
    tp = await createTestPlatform();
    await seedDemo(tp.platform, { force: true, domain, slug: `aurora-${tag}`, auth: tp.auth });
    await tp.platform.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, `aurora-${tag}`));
  }, 300_000);
  afterAll(async () => tp?.close());

  it('offers eight trainings over the four motivations, with a year of history and a poster campaign at Parma', {
    timeout: 300_000,
  }, async () => {
    const hr = await as('hr');
    const list = await ok<ManagedTrainingListT>(hr.get('/api/training/manage'));
    expect(list.items).toHaveLength(8);
    expect(new Set(list.items.map((i) => i.motivation))).toEqual(new Set(['contingent', 'career', 'mandatory', 'community']));
    expect(list.items.reduce((n, i) => n + i.completed, 0)).toBeGreaterThan(40);
    const m = await ok<MeasuresT>(hr.get('/api/training/measures'));
    expect(m.managerEffect).not.toBeNull();
    expect(m.managerEffect!.endorsed.people).toBeGreaterThan(10);
    expect(m.managerEffect!.notEndorsed.people).toBeGreaterThan(10);
    expect(m.managerEffect!.difference).toBeGreaterThan(0);
    expect(m.overdue.length).toBeGreaterThan(0);
    const haccp = list.items.find((i) => i.title === 'Aggiornamento HACCP 2026')!;
    const campaign = await ok<CampaignT>(hr.get(`/api/training/manage/${haccp.id}/campaign`));
    expect(campaign.posters.every((p) => p.place?.startsWith('Stabilimento di Parma'))).toBe(true);
    expect(campaign.channels.find((c) => c.channel === 'poster')).toMatchObject({ views: 2 });
  });

  it('shows the Italian employee the overdue HACCP refresher with her manager’s nudge, and the manager his kit', {
    timeout: 300_000,
  }, async () => {
    const cards = await ok<FeedCardsT>((await as('dipendente')).get('/api/training/feed'));
    expect(cards.promote[0]).toMatchObject({ title: 'Aggiornamento HACCP 2026', overdue: true, nudge: expect.any(Object) });
    expect(cards.promote[0].proposition?.label).toBe('Operatori di linea');
    const kit = await ok<TeamTrainingListT>((await as('manager')).get('/api/training/team'));
    expect(kit.items.find((i) => i.title === 'LinkedIn per gli ambassador')).toMatchObject({ endorsed: true });
  });
});
