import type { DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { feedbackActions } from './schema';

/** Two actions from the monthly pulse's results, one done and one under way. */
export async function seedActions(_platform: Platform, demo: DemoSeed): Promise<void> {
  const hr = demo.people.find((p) => p.login === 'hr');
  const day = (back: number) => new Date(demo.now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  await demo.db.insert(feedbackActions).values([
    {
      orgId: demo.orgId,
      youSaid: 'Nel pulse di tre mesi fa molti di voi non si sentivano informati sulle decisioni che riguardano il lavoro.',
      weDo: 'Ogni lunedì i capiturno condividono in 10 minuti le novità della settimana; le decisioni importanti arrivano anche su Voce.',
      ownerId: hr?.id ?? null,
      status: 'done',
      doneOn: day(40),
    },
    {
      orgId: demo.orgId,
      youSaid: 'Chi è a Piacenza si sente lontano dalla sede di Parma.',
      weDo: 'Una giornata di scambio tra magazzino e produzione ogni trimestre, a partire dal prossimo mese.',
      ownerId: hr?.id ?? null,
      status: 'in_progress',
    },
  ]);
}
