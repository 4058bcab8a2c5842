import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import type { Locator, Page } from 'playwright-core';
import { OpenOptions, THEME_NAMES, TabSession, fillDate, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/**
 * Utbildningar: the trainings view against the real server with the demo data (7 upcoming
 * mini-trainings, one of them full with 4 on the waitlist; 39 held mini-trainings for 519
 * people, 8 champion sessions for 27). The tests run in order on one server: looks and language
 * first, then a member creates, edits and cancels a training, a reader signs up, the organiser's
 * registrations, attendance and export, a conflict, and the statistics.
 */
let session: TabSession;
let page: Page;
beforeAll(async () => {
  session = await startTabSession();
  page = await (await session.context()).newPage();
});
afterAll(() => session.stop());

const ZONE = 'Europe/Stockholm';
const NEW_TITLE = 'Teams för chefer – vårens pass';

async function openTrainings(p: Page, o: OpenOptions = {}): Promise<void> {
  await p.goto('about:blank'); // a fresh load even when only the hash would be the same
  await openTab(p, session.app.url, { view: 'utbildningar', as: 'member', ...o });
  await p.locator('li[data-training]').first().waitFor({ timeout: 10_000 });
}

async function api(path: string, as = 'member'): Promise<any> {
  const res = await session.app.request('GET', path, { as });
  expect(res.status).toBe(200);
  return res.json;
}
const trainingsFromApi = async (as = 'member', all = false) => (await api(`/api/trainings${all ? '?all=true' : ''}`, as)).items as any[];
const byTitle = async (title: string) => (await trainingsFromApi('member', true)).find((t) => t.title === title);
const byId = (id: string) => api(`/api/trainings/${id}`);

const card = (p: Page, id: string): Locator => p.locator(`li[data-training="${id}"]`);

/** The texts that describe a field (Fluent links the validation message through aria-describedby). */
async function descriptionOf(p: Page, field: Locator): Promise<string[]> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  return Promise.all(ids.map(async (id) => (await p.locator(`[id="${id}"]`).textContent()) ?? ''));
}

/**
 * A date after the next change between winter and summer time, and that date's 10:00 in
 * Stockholm as a UTC instant — so a wrong offset (today's instead of that day's) would show.
 */
function afterNextDstChange(): { date: string; expectedStart: string; expectedEnd: string; offsetNow: number; offsetThen: number } {
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const offsetNow = today.set({ hour: 12 }).offset;
  let day = today.plus({ days: 1 });
  while (day.set({ hour: 12 }).offset === offsetNow) day = day.plus({ days: 1 });
  day = day.plus({ days: 9 });
  while (day.weekday > 5) day = day.plus({ days: 1 });
  const date = day.toISODate()!;
  const at = (hhmm: string) => DateTime.fromISO(`${date}T${hhmm}`, { zone: ZONE });
  return {
    date,
    expectedStart: at('10:00').toUTC().toISO()!,
    expectedEnd: at('11:15').toUTC().toISO()!,
    offsetNow,
    offsetThen: at('10:00').offset,
  };
}

describe('Utbildningar (trainings)', () => {
  it.each(THEME_NAMES)('has no serious accessibility violations in the %s theme', async (theme) => {
    await openTrainings(page, { theme });
    await page.getByRole('heading', { level: 3, name: 'Kommande utbildningar' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `utbildningar-sv-${theme}`);
  });

  it('lists the upcoming demo trainings with seats left, the full one with its waitlist', async () => {
    await openTrainings(page);
    const items = await trainingsFromApi();
    expect(items).toHaveLength(7);
    expect(await page.locator('li[data-training]').count()).toBe(7);
    for (const t of items) {
      const expected = t.seatsLeft > 0 ? `${t.seatsLeft} av ${t.capacity} platser kvar` : `Fullt – ${t.waitlisted} på väntelistan`;
      await expect(card(page, t.id).getByTestId('seats').textContent()).resolves.toBe(expected);
      // Shown in Stockholm time: the <time> carries the instant, the text its local clock time.
      const local = DateTime.fromISO(t.start).setZone(ZONE).toFormat('HH:mm');
      expect(await card(page, t.id).locator('time').getAttribute('datetime')).toBe(t.start);
      expect(await card(page, t.id).locator('time').textContent()).toContain(`${local}–`);
    }
    const full = items.find((t) => t.seatsLeft === 0)!;
    expect(await card(page, full.id).getByTestId('seats').textContent()).toBe('Fullt – 4 på väntelistan');
    await card(page, full.id).getByRole('button', { name: /^Ställ mig på väntelistan till Möten i Teams/ }).waitFor();
  });

  it('speaks English', async () => {
    await openTrainings(page, { locale: 'en' });
    await page.getByRole('heading', { level: 2, name: 'Trainings' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Upcoming trainings' }).waitFor();
    const full = (await trainingsFromApi()).find((t) => t.seatsLeft === 0)!;
    expect(await card(page, full.id).getByTestId('seats').textContent()).toBe('Full – 4 on the waitlist');
    await page.getByRole('button', { name: 'New training' }).waitFor();
    await page.getByRole('tab', { name: 'Statistics' }).waitFor();
    expect(await page.getByText('Kommande utbildningar').count()).toBe(0);
    await screenshot(page, 'utbildningar-en-default');
  });

  it('a member creates a training: an empty title and a bad link are shown next to their fields; the time after the DST change is stored right', async () => {
    const when = afterNextDstChange();
    expect(when.offsetThen).not.toBe(when.offsetNow); // the date is on the other side of a DST change
    await openTrainings(page);
    const before = (await trainingsFromApi('member', true)).length;

    await page.getByRole('button', { name: 'Ny utbildning' }).click();
    const dialog = page.getByRole('dialog');
    await fillDate(dialog.getByRole('combobox', { name: 'Datum' }), when.date);
    await dialog.getByRole('combobox', { name: 'Starttid' }).fill('10:00');
    await dialog.getByRole('combobox', { name: 'Sluttid' }).fill('11:15');
    await dialog.getByLabel('Länk till Teams-mötet').fill('http://teams.example.se/mote');
    await dialog.getByLabel('Antal platser').fill('8');
    await dialog.getByRole('button', { name: 'Skapa utbildningen' }).click();

    const title = dialog.getByLabel('Titel');
    await dialog.getByText('Ange en titel.').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(page, title)).toContain('Ange en titel.');
    // The first field in error has focus, so its message is read out.
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);

    await title.fill(NEW_TITLE);
    await dialog.getByLabel('Beskrivning').fill('Möten, beslutsunderlag och filer för ledningsgrupper.');
    await dialog.getByRole('button', { name: 'Skapa utbildningen' }).click();
    // The server's message about the link, next to the link; what was typed is kept and nothing is created.
    const link = dialog.getByLabel('Länk till Teams-mötet');
    await dialog.getByText('Möteslänken måste vara en https-länk.').waitFor();
    expect(await descriptionOf(page, link)).toContain('Möteslänken måste vara en https-länk.');
    expect(await title.inputValue()).toBe(NEW_TITLE);
    expect((await trainingsFromApi('member', true)).length).toBe(before);

    await link.fill('https://teams.microsoft.com/l/meetup-join/chefer');
    await dialog.getByRole('button', { name: 'Skapa utbildningen' }).click();
    await dialog.waitFor({ state: 'detached' });

    const created = await byTitle(NEW_TITLE);
    expect(created).toMatchObject({ start: when.expectedStart, end: when.expectedEnd, capacity: 8, organiser: { name: 'Johan Ek' } });
    const c = card(page, created.id);
    await c.waitFor();
    expect(await c.locator('time').getAttribute('datetime')).toBe(when.expectedStart);
    expect(await c.locator('time').textContent()).toContain('10:00–11:15');
    expect(await c.getByTestId('seats').textContent()).toBe('8 av 8 platser kvar');
  });

  it('a member edits the capacity', async () => {
    await openTrainings(page);
    const created = await byTitle(NEW_TITLE);
    await card(page, created.id).getByRole('button', { name: /^Redigera / }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Titel').inputValue()).toBe(NEW_TITLE);
    expect(await dialog.getByRole('combobox', { name: 'Starttid' }).inputValue()).toBe('10:00');
    await dialog.getByLabel('Antal platser').fill('12');
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await card(page, created.id).getByTestId('seats').getByText('12 av 12 platser kvar').waitFor();
    // Focus is back on the card's "Redigera", not lost at the top of the page.
    await page.waitForFunction((id) => document.activeElement?.id === `training-${id}-edit`, created.id);
    expect(await byTitle(NEW_TITLE)).toMatchObject({ capacity: 12, version: 2, start: created.start });
  });

  it('a reader sees no organiser actions, signs up through the tab ("Du är anmäld") and sees their waitlist place elsewhere', async () => {
    await openTrainings(page, { as: 'reader' });
    await page.getByTestId('trainings-reader-note').waitFor();
    expect(await page.getByRole('button', { name: /^(Ny utbildning|Redigera|Ställ in|Anmälningar)/ }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Statistik' }).count()).toBe(0);

    const created = await byTitle(NEW_TITLE);
    const c = card(page, created.id);
    await c.getByRole('button', { name: new RegExp(`^Anmäl mig till ${NEW_TITLE}`) }).click();
    await c.getByTestId('my-status').getByText('Du är anmäld').waitFor();
    expect(await c.getByTestId('seats').textContent()).toBe('11 av 12 platser kvar');
    expect((await trainingsFromApi('reader')).find((t) => t.id === created.id)).toMatchObject({ myStatus: 'confirmed', confirmed: 1 });
    // Cancelling asks first: keeping the seat changes nothing; confirming frees it, and says so where it can be seen.
    await c.getByRole('button', { name: new RegExp(`^Avanmäl mig från ${NEW_TITLE}`) }).click();
    const ask = page.getByRole('alertdialog', { name: `Avanmäla dig från ${NEW_TITLE}?` });
    await ask.getByText('Din plats blir ledig för någon annan', { exact: false }).waitFor();
    await ask.getByRole('button', { name: 'Behåll platsen' }).click();
    await ask.waitFor({ state: 'detached' });
    expect((await trainingsFromApi('reader')).find((t) => t.id === created.id)).toMatchObject({ myStatus: 'confirmed' });
    await c.getByRole('button', { name: new RegExp(`^Avanmäl mig från ${NEW_TITLE}`) }).click();
    await ask.getByRole('button', { name: 'Avanmäl mig' }).click();
    await c.getByTestId('seats').getByText('12 av 12 platser kvar').waitFor();
    await page.getByTestId('trainings-result').getByText(`Din anmälan till ${NEW_TITLE} är avbokad.`).waitFor();
    expect(await c.getByTestId('my-status').count()).toBe(0);
    expect((await trainingsFromApi('reader')).find((t) => t.id === created.id)).toMatchObject({ myStatus: 'cancelled', confirmed: 0 });
    await c.getByRole('button', { name: new RegExp(`^Anmäl mig till ${NEW_TITLE}`) }).click();
    await c.getByTestId('my-status').getByText('Du är anmäld').waitFor();

    // Peter Sjöberg is second on the full training's waitlist.
    await openTrainings(page, { as: 'systemowner' });
    const full = (await trainingsFromApi('systemowner')).find((t) => t.seatsLeft === 0)!;
    expect(await card(page, full.id).getByTestId('my-status').textContent()).toBe('Plats 2 på väntelistan');
  });

  it('the organiser opens the registrations: the new training shows the reader; the full demo training its waitlist in order; removing someone promotes the first in line', async () => {
    await openTrainings(page);
    const created = await byTitle(NEW_TITLE);
    await card(page, created.id).getByRole('button', { name: /^Anmälningar till / }).click();
    const registered = page.getByTestId('registered-table');
    await registered.getByRole('row', { name: /Karin Holm/ }).getByText('Anmäld').waitFor();
    expect(await page.getByText('Ingen står på väntelistan.').count()).toBe(1);
    await page.getByRole('button', { name: 'Tillbaka till utbildningarna' }).click();
    // Back on the list, focus returns to the button that opened the registrations.
    await page.waitForFunction((id) => document.activeElement?.id === `training-${id}-registrations`, created.id);

    const full = (await trainingsFromApi()).find((t) => t.seatsLeft === 0)!;
    await card(page, full.id).getByRole('button', { name: /^Anmälningar till Möten i Teams/ }).click();
    const waitlist = page.getByTestId('waitlist-table');
    await waitlist.waitFor();
    const fromApi = (await api(`/api/trainings/${full.id}/registrations`)).items as any[];
    const expected = fromApi.filter((r) => r.status === 'waitlisted').map((r) => `${r.position} ${r.name}`);
    expect(expected).toHaveLength(4);
    expect(expected[1]).toBe('2 Peter Sjöberg');
    const rows = await waitlist.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.children[0]!.textContent} ${tr.children[1]!.textContent}`));
    expect(rows).toEqual(expected);
    await expect(page.getByTestId('registrations-summary').textContent()).resolves.toBe('12 anmälda · 0 deltog · 4 på väntelistan · 12 platser');
    expect(await seriousViolations(page)).toEqual([]);

    // Remove the first confirmed person: the first on the waitlist gets the seat, Peter moves to 1.
    const first = fromApi.find((r) => r.status === 'confirmed')!;
    await registered.getByRole('button', { name: `Ta bort anmälan: ${first.name}`, exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Platsen går till den som står först på väntelistan').waitFor();
    await confirm.getByRole('button', { name: 'Ta bort anmälan' }).click();
    await confirm.waitFor({ state: 'detached' });
    await waitlist.locator('tbody tr').first().getByText('Peter Sjöberg').waitFor();
    expect(await waitlist.locator('tbody tr').count()).toBe(3);
    await registered.getByRole('row', { name: new RegExp(expected[0]!.slice(2)) }).getByText('Anmäld').waitFor();
    const after = (await api(`/api/trainings/${full.id}/registrations`)).items as any[];
    expect(after.find((r) => r.userId === first.userId).status).toBe('cancelled');
    expect(after.find((r) => r.name === 'Peter Sjöberg').position).toBe(1);
  });

  it('marks attendance on a held training and exports the attendee list as CSV', async () => {
    await openTrainings(page);
    await page.getByRole('switch', { name: 'Visa tidigare' }).click();
    await page.getByRole('heading', { level: 3, name: 'Tidigare utbildningar' }).waitFor();
    // By term, the latest first, ten at a time: "Visa 10 till" shows the next ten and takes the focus to the first of them.
    const everything = await trainingsFromApi('member', true);
    const local = (t: any) => DateTime.fromISO(t.start).setZone(ZONE);
    const pastAutumn = everything.filter((t) => t.end < new Date().toISOString() && local(t).month >= 7);
    const year = local(pastAutumn.at(-1)).year;
    const autumn = pastAutumn.filter((t) => local(t).year === year);
    const term = page.getByRole('region', { name: new RegExp(`^Höstterminen ${year} \\(${autumn.length}\\)`) });
    await term.waitFor();
    expect(await term.locator('li[data-training]').count()).toBe(Math.min(10, autumn.length));
    if (autumn.length > 10) {
      await term.getByRole('button', { name: /^Visa \d+ till/ }).click();
      await term.locator('li[data-training]').nth(Math.min(20, autumn.length) - 1).waitFor();
      expect(await term.locator('li[data-training]').count()).toBe(Math.min(20, autumn.length));
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-training'))).toBe(await term.locator('li[data-training]').nth(10).getAttribute('data-training'));
    }
    const held = everything.filter((t) => t.status === 'held' && t.kind === 'miniutbildning').at(-1)!;
    const c = card(page, held.id);
    await c.getByTestId('training-status').getByText('Genomförd').waitFor();
    await c.getByRole('button', { name: /^Anmälningar till / }).click();

    const registrations = (await api(`/api/trainings/${held.id}/registrations`)).items as any[];
    const person = registrations[0];
    const box = page.getByRole('checkbox', { name: `Deltog: ${person.name}`, exact: true });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await page.getByTestId('registered-table').getByRole('row', { name: new RegExp(person.name) }).getByText('Anmäld').waitFor();
    const status = async () => ((await api(`/api/trainings/${held.id}/registrations`)).items as any[]).find((r) => r.userId === person.userId).status;
    expect(await status()).toBe('confirmed');
    await box.check();
    await page.getByTestId('registered-table').getByRole('row', { name: new RegExp(person.name) }).getByText('Deltog', { exact: true }).waitFor();
    expect(await status()).toBe('attended');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera deltagarlista (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`anmalningar-${held.id}.csv`);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Namn;E-post;Avdelning;Status;Köplats;Anmäld');
    expect(lines).toHaveLength(registrations.length + 1);
    expect(lines.some((l) => l.startsWith(`${person.name};`))).toBe(true);
  });

  it('412: someone else changed the training while the dialog was open — the message is shown, the list reloads, saving again keeps both changes', async () => {
    await openTrainings(page);
    const target = (await trainingsFromApi()).find((t) => t.title === 'OneNote för grupper')!;
    await card(page, target.id).getByRole('button', { name: /^Redigera / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Antal platser').fill('16');

    const theirs = await session.app.request('PATCH', `/api/trainings/${target.id}`, {
      as: 'lead',
      body: { place: 'Universitetsbiblioteket, grupprum Ekorren' },
      headers: { 'if-match': `"${target.version}"` },
    });
    expect(theirs.status).toBe(200);

    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.getByText('Någon annan har ändrat utbildningen').waitFor();
    expect(await dialog.getByLabel('Antal platser').inputValue()).toBe('16'); // nothing typed is lost
    expect((await byId(target.id)).capacity).toBe(target.capacity);
    await card(page, target.id).getByText('Plats: Universitetsbiblioteket, grupprum Ekorren').waitFor(); // the list was reloaded

    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await byId(target.id)).toMatchObject({ capacity: 16, place: 'Universitetsbiblioteket, grupprum Ekorren' });
  });

  it('cancels a training after a confirmation that says the registered will be told; it is then shown as cancelled', async () => {
    await openTrainings(page);
    const created = await byTitle(NEW_TITLE);
    const c = card(page, created.id);
    await c.getByRole('button', { name: /^Ställ in / }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Anmälda: 1, på väntelistan: 0. Alla får ett meddelande från boten om att utbildningen är inställd.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ställ in utbildningen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await c.getByTestId('training-status').getByText('Inställd').waitFor();
    expect(await c.getByRole('button', { name: /^(Redigera|Ställ in|Anmäl mig)/ }).count()).toBe(0);
    expect((await byTitle(NEW_TITLE)).status).toBe('cancelled');
  });

  it('statistics: totals, the chart with its table, per kind — 39 mini-trainings for 519 people, 8 champion sessions for 27 — as the API says', async () => {
    await openTrainings(page);
    await page.getByRole('tab', { name: 'Statistik' }).click();
    const stats = page.getByTestId('training-stats');
    await stats.waitFor();
    const fromApi = await api('/api/trainings/stats');
    const mini = fromApi.byKind.find((k: any) => k.kind === 'miniutbildning');
    const champion = fromApi.byKind.find((k: any) => k.kind === 'champion');
    expect([mini.held, mini.participants, champion.held, champion.participants]).toEqual([39, 519, 8, 27]);

    const kindRow = async (name: string) =>
      page.getByTestId('kind-table').getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').allTextContents();
    expect(await kindRow('Miniutbildning')).toEqual(['Miniutbildning', `${mini.trainings}`, '39', '519', `${mini.participations}`]);
    expect(await kindRow('Championträff')).toEqual(['Championträff', '8', '8', '27', `${champion.participations}`]);
    const lines = await page.getByTestId('kind-lines').getByRole('listitem').allTextContents();
    expect(lines).toEqual(expect.arrayContaining(['39 miniutbildningar för 519 personer', '8 championträffar för 27 personer']));
    await expect(page.getByTestId('total-held').locator('dd').textContent()).resolves.toBe(String(fromApi.total.held));
    await expect(page.getByTestId('total-participants').locator('dd').textContent()).resolves.toBe(String(fromApi.total.participants));

    // The chart is one image with a summary, and the same numbers are in a table beside it.
    const chart = page.getByRole('img', { name: /^Unika deltagare per månad/ });
    const label = (await chart.getAttribute('aria-label'))!;
    for (const m of fromApi.byMonth) expect(label).toContain(`: ${m.participants}`);
    const monthRows = await page.getByTestId('month-table').locator('tbody tr').count();
    expect(monthRows).toBe(fromApi.byMonth.length);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'utbildningar-statistik-sv-default');
  });
});
