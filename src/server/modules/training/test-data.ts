// Test-only helpers: an organisation with a small hierarchy and a training built through the API.
import { expect } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';
import type { ManagedTrainingT, PropositionInputT, TrainingInputT } from './contract';

export const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

export async function ok<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const text = await r.text();
  expect(r.status, text).toBe(200);
  return JSON.parse(text) as T;
}

export const production: PropositionInputT = {
  label: 'Capiturno di produzione',
  kind: 'department',
  value: 'Produzione',
  benefits: 'Turni più tranquilli: meno fermi linea da gestire.',
  problem: 'Le non conformità scoperte tardi.',
  outcome: 'Leggere i dati di linea e intervenire prima del fermo.',
};
export const sales: PropositionInputT = {
  label: 'Commerciali',
  kind: 'department',
  value: 'Vendite',
  benefits: 'Risposte pronte ai clienti della GDO.',
  problem: 'Domande tecniche a cui oggi non sai rispondere.',
  outcome: 'Spiegare il processo produttivo a un buyer.',
};
export const managers: PropositionInputT = {
  label: 'Responsabili',
  kind: 'managers',
  benefits: 'Un team che risolve da solo i problemi di qualità.',
  problem: 'Le escalation continue.',
  outcome: 'Delegare le verifiche di linea.',
};

export function trainingInput(over: Partial<TrainingInputT> = {}): TrainingInputT {
  return {
    title: 'Qualità in linea',
    description: 'Due mezze giornate sui controlli di qualità in linea.',
    kind: 'workshop',
    motivation: 'contingent',
    durationHours: 8,
    cost: 300,
    requiresApproval: false,
    promoted: true,
    propositions: [production, sales, managers],
    ...over,
  };
}

const inDays = (d: number, h = 9) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString();

/**
 * An organisation with L&D (hr), a manager with two direct reports in Produzione and one in Vendite, an indirect
 * report (through a team leader) and a colleague elsewhere; every person can sign in.
 */
export async function trainingOrg(tp: TestPlatform) {
  const { org, admin, api: lnd } = await adminOfNewOrg(tp, ['hr']);
  const p = (name: string, extra: Parameters<typeof createPerson>[2] = {}) => createPerson(tp, org.id, { name, ...extra });
  const boss = await p('Bruna Boss', { roles: ['employee', 'manager'], department: 'Produzione', site: 'Parma' });
  const anna = await p('Anna Operaia', { managerId: boss.id, department: 'Produzione', site: 'Parma' });
  const bruno = await p('Bruno Operaio', { managerId: boss.id, department: 'Produzione', site: 'Parma' });
  const lead = await p('Lea Capoturno', {
    roles: ['employee', 'manager'],
    managerId: boss.id,
    department: 'Vendite',
    site: 'Milano',
  });
  const ivo = await p('Ivo Indiretto', { managerId: lead.id, department: 'Produzione', site: 'Parma' });
  const other = await p('Olga Altrove', { department: 'Amministrazione', site: 'Milano' });
  return { org, admin, lnd, boss, anna, bruno, lead, ivo, other, as: (person: { email: string }) => signIn(tp, person.email) };
}

/** A published training with one session of `seats` seats, in a week. */
export async function publishedTraining(
  api: Awaited<ReturnType<typeof signIn>>,
  over: Partial<TrainingInputT> = {},
  seats = 10,
): Promise<ManagedTrainingT> {
  const t = await ok<ManagedTrainingT>(api.post('/api/training/manage', trainingInput(over)));
  await ok(
    api.post(`/api/training/manage/${t.id}/sessions`, {
      startsAt: inDays(7),
      endsAt: inDays(7, 13),
      place: 'Parma, sala 2',
      seats,
    }),
  );
  return ok<ManagedTrainingT>(api.post(`/api/training/manage/${t.id}/publish`));
}

export { inDays };
