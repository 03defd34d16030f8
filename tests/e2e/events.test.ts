import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpoint, eventually, openBrowser, signedInPage, startVoce, type Voce } from './harness';

// Issue 9 (events) end to end on the demo company, in Italian, at phone width: comms create an event with one seat;
// a colleague takes it; the demo employee registers on her phone and lands on the waiting list; the colleague
// cancels; the promotion job gives her the seat and e-mails her; at the door comms check her in by typing her code.
const TITLE = 'Tour fotografico in essiccazione';
const EMPLOYEE = 'dipendente@aurora.example';
const COLLEAGUE = 'employee.en@aurora.example';

let voce: Voce;
let browser: Browser;
let eventId = '';

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

const check = (page: Page, name: string) => checkpoint(page, `events-${name}`);
const signedIn = (email: string, phone = false) => signedInPage(browser, voce.url, email, phone);

/** Rome wall-clock time a few days ahead, as the datetime-local value the form takes. */
function romeIn(days: number, hour: number) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() + days * 86_400_000));
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

describe('events: waiting list, promotion by e-mail, check-in', () => {
  it('comms create an event with one seat, and a colleague takes it', async () => {
    const page = await signedIn('comunicazione@aurora.example');
    await page.goto('/events/manage');
    await page.getByRole('link', { name: 'Nuovo evento' }).click();
    await page.getByRole('heading', { name: 'Nuovo evento' }).waitFor();
    await page.getByRole('textbox', { name: 'Titolo (italiano)' }).fill(TITLE);
    await page.getByRole('textbox', { name: 'Titolo (inglese)' }).fill('Photo tour in the drying room');
    await page.getByLabel('Descrizione (italiano)').fill('Un’ora tra gli essiccatoi con un fotografo.');
    await page.getByRole('textbox', { name: 'Inizio', exact: true }).fill(romeIn(6, 10));
    await page.getByRole('textbox', { name: 'Fine', exact: true }).fill(romeIn(6, 11));
    await page.getByRole('textbox', { name: 'Sede', exact: true }).fill('Parma');
    await page.getByRole('textbox', { name: 'Posti', exact: true }).fill('1');
    await check(page, '01-editor');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    eventId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { name: TITLE }).waitFor();

    const colleague = await signedIn(COLLEAGUE);
    await colleague.goto(`/events/${eventId}`);
    await colleague.getByRole('button', { name: 'Register' }).click();
    await colleague.getByText('You are registered: the place is yours').waitFor();
  });

  it('the employee registers on her phone for the full event and lands on the waiting list', async () => {
    const page = await signedIn(EMPLOYEE, true);
    await page.goto('/feed');
    await page.getByRole('heading', { name: 'Prossimi eventi' }).waitFor();
    await page.goto('/events');
    await page.getByText(TITLE).click();
    await page.getByText('I posti sono esauriti').waitFor();
    await check(page, '02-full-event');
    await page.getByRole('button', { name: "Mettiti in lista d'attesa" }).click();
    await page.getByText("Sei in lista d'attesa: 1° posizione").waitFor();
    await check(page, '03-waiting');
  });

  it('the colleague cancels; the employee is promoted by the job and gets the e-mail', async () => {
    const colleague = await signedIn(COLLEAGUE);
    await colleague.goto(`/events/${eventId}`);
    await colleague.getByRole('button', { name: 'Cancel registration' }).click();
    // Her seat is free: she is offered it again, or the waiting list if the job has already given it to the employee.
    await colleague.getByRole('button', { name: /^(Register|Join the waiting list)$/ }).waitFor();

    const page = await signedIn(EMPLOYEE, true);
    // The promotion job runs within a minute (a trigger at once, the sweep every minute); a busy runner adds more.
    await eventually(
      'the promotion',
      async () => {
        await page.goto(`/events/${eventId}`);
        await page.getByRole('heading', { name: TITLE }).waitFor();
        return (await page.getByText('Sei iscritto: il posto è tuo').count()) || null;
      },
      90_000,
    );
    await page.getByText('Sei iscritto: il posto è tuo').waitFor();
    await page.getByRole('img', { name: 'Il tuo codice QR per il check-in' }).waitFor();
    await check(page, '04-promoted-qr');

    const admin = await signedIn('admin@aurora.example');
    const subject = await eventually('the promotion e-mail', async () => {
      const list = (await (await admin.request.get('/api/outbox')).json()) as { items: { to: string; subject: string }[] };
      return list.items.find((m) => m.to === EMPLOYEE && m.subject.includes(TITLE))?.subject;
    });
    expect(subject).toBe(`Hai un posto: ${TITLE}`);
  }, 240_000);

  it('comms check her in at the door by typing her code, once', async () => {
    const employee = await signedIn(EMPLOYEE, true);
    await employee.goto(`/events/${eventId}`);
    const code = (await employee.getByTestId('checkin-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const page = await signedIn('comunicazione@aurora.example', true);
    await page.goto(`/events/manage/${eventId}/check-in`);
    await page.getByRole('heading', { name: 'Check-in' }).waitFor();
    await page.getByLabel('Codice').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Registra la presenza' }).click();
    await page.getByText('Francesca Ricci: presenza registrata.').waitFor();
    await check(page, '05-checked-in');
    await page.getByRole('button', { name: 'Registra la presenza' }).click();
    await page.getByText(/Francesca Ricci era già presente/).waitFor();
    await page.getByLabel('Codice').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Registra la presenza' }).click();
    await page.getByText('Codice non valido per questo evento.').waitFor();

    await page.goto(`/events/manage/${eventId}/registrations`);
    await page.getByText(/presente dalle/).waitFor();
    await check(page, '06-registrations');
  });
});
