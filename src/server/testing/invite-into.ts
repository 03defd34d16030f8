import type { Role } from '../platform/permissions';
import { type client, createPerson } from './fixtures';
import type { TestPlatform } from './test-platform';

type Client = ReturnType<typeof client>;

/**
 * An organisation's admin adds a person with this e-mail and invites them; returns the person and the invitation as
 * the admin finds it in the outbox (the link of an invitation may be shown there: it grants no access by itself).
 */
export async function inviteInto(
  tp: TestPlatform,
  inviter: { api: Client; org: { id: string } },
  email: string,
  opts: { roles?: Role[]; name?: string; locale?: 'it' | 'en' } = {},
) {
  const person = await createPerson(tp, inviter.org.id, { email, login: false, ...opts });
  const res = await inviter.api.post('/api/invitations', { personIds: [person.id] });
  if (res.status !== 200) throw new Error(`invitation failed: ${res.status} ${await res.text()}`);
  await tp.platform.jobs.drain(tp.platform);
  const list = await (await inviter.api.get('/api/outbox')).json();
  const item = list.items.find((m: { to: string }) => m.to === email);
  const mail = await (await inviter.api.get(`/api/outbox/${item.id}`)).json();
  const token = String(mail.text).match(/\/invitation\/([\w-]+)/)?.[1] ?? '';
  return { person, mail, token };
}
