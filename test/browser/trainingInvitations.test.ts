import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { FAKE_USER } from '../helpers/entraFake';
import type { MailboxFake } from '../helpers/graphFake';
import { waitFor } from '../helpers/serverProcess';
import { Tenant, startTenant } from '../graph/graphFixture';
import { THEME_NAMES, launchBrowser, screenshot, seriousViolations } from './harness';
import { TeamsHost, openInTeamsHost } from './teamsHost';

/**
 * Outlook invitations for trainings (issue 14) in the tab, in the simulated Teams host against
 * the fake tenant with TRAININGS_MAILBOX: the organiser (a förvaltningsledare) sees that a
 * training's invitations are stopped because the trainings mailbox does not exist, with what the
 * administrator should do and who cannot be invited; once the mailbox exists they are up to date;
 * her own sign-up makes them wait and the list follows by itself until they are up to date again,
 * said once in the status region. The form has no meeting-link field. Then axe in every theme and
 * both languages, with one training up to date and one stopped (the app may not write the mailbox).
 */
jest.setTimeout(60_000);

const MAILBOX = 'utbildning@example.se';
const ORGANISER = { oid: FAKE_USER.oid, name: FAKE_USER.name, preferred_username: FAKE_USER.preferred_username };
/** Signs up where no address is known (the bot's chat) and is not in the directory: nobody can invite him. */
const NILS = { oid: 'eeeeeeee-0000-4000-8000-000000000777', name: 'Nils Utanadress', preferred_username: undefined };
const HOUR = 60 * 60_000;
const FIRST = 'Teams – kom igång';
const SECOND = 'OneDrive och delning';

let tenant: Tenant;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [tenant, browser] = await Promise.all([
    startTenant({
      TRAININGS_MAILBOX: MAILBOX,
      NOTIFIER_INTERVAL_MS: '100',
      INVITATION_RETRY_MS: '200',
      INVITATION_RECHECK_MS: '1000',
      ROLE_FORVALTNINGSLEDARE: FAKE_USER.oid,
    }),
    launchBrowser(),
  ]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  page = await context.newPage();
  page.setDefaultTimeout(8000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 40_000);
afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await tenant?.stop();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

/** A training `days` ahead at 10:00 UTC, published by the organiser through the API. */
async function publish(title: string, days: number): Promise<string> {
  const start = new Date(Date.now() + days * 24 * HOUR);
  start.setUTCHours(10, 0, 0, 0);
  const created = await tenant.request('POST', '/api/trainings', {
    claims: ORGANISER,
    body: { title, description: 'Grunderna, på en timme.', start: start.toISOString(), end: new Date(start.getTime() + HOUR).toISOString(), capacity: 5, place: 'Sal B' },
  });
  expect(created.status).toBe(201);
  return (created.json as { id: string }).id;
}

type Status = { state: string; reason: string | null; uninvitable: string[]; syncedAt: string | null };
const statusOf = async (id: string): Promise<Status | null> =>
  (await tenant.request('GET', `/api/trainings/${id}`, { claims: ORGANISER })).json?.invitation?.status ?? null;
async function until(id: string, ok: (s: Status) => boolean): Promise<Status> {
  expect(await waitFor(async () => { const s = await statusOf(id); return s !== null && ok(s); }, 15_000, 100)).toBe(true);
  return (await statusOf(id))!;
}

async function openTrainings(locale = 'sv-SE'): Promise<TeamsHost> {
  const host = await openInTeamsHost(page, {
    appUrl: tenant.server.url,
    token: await tenant.entra.sign(),
    user: { id: FAKE_USER.oid, userPrincipalName: FAKE_USER.preferred_username },
    tenantId: tenant.entra.tenantId,
    locale,
    theme: 'default',
    team: { name: 'IT-förvaltningen' },
    channel: { name: 'Förvaltning' },
    view: 'utbildningar',
  });
  await host.frame.locator('li[data-training]').first().waitFor({ timeout: 10_000 });
  return host;
}

const card = (tab: Frame, id: string): Locator => tab.locator(`li[data-training="${id}"]`);
const stateOf = (scope: Locator): Locator => scope.getByTestId('invitation-state');

/** "7 dec. 2026 20:15": the instant in Stockholm time, as the tab writes it. */
const stockholm = (iso: string, tag: string) =>
  new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Stockholm' }).format(new Date(iso));

let first: string;

describe('Outlook invitations in Utbildningar', () => {
  it('shows the organiser that the mailbox is missing and what to do, then that the invitations are up to date once it exists', async () => {
    expect(tenant.graph.mailboxes.has(MAILBOX)).toBe(false);
    first = await publish(FIRST, 3);
    expect((await tenant.request('POST', `/api/trainings/${first}/registrations`, { claims: NILS })).status).toBe(201);
    await until(first, (s) => s.state === 'failed' && s.reason === 'mailboxMissing' && s.uninvitable.includes(NILS.name));

    let host = await openTrainings();
    let tab = host.frame;
    const stopped = stateOf(card(tab, first));
    await expect(stopped.getAttribute('data-state')).resolves.toBe('failed');
    const stoppedText = await stopped.textContent();
    expect(stoppedText).toContain('Inbjudningar i Outlook: stoppade');
    expect(stoppedText).toContain('Utbildningsbrevlådan finns inte.');
    expect(stoppedText).toContain('Be administratören kontrollera brevlådans adress i inställningen TRAININGS_MAILBOX.');
    expect(stoppedText).toContain('Inget har skickats till Outlook ännu.');
    await expect(card(tab, first).getByTestId('invitation-uninvitable').textContent()).resolves.toBe(
      `Kan inte bjudas in (ingen e-postadress känd): ${NILS.name}`,
    );
    // A warning in words, named by its title for a screen reader.
    await card(tab, first).getByRole('group', { name: 'Inbjudningar i Outlook: stoppade' }).waitFor();

    // The registrations screen says it too.
    await tab.getByRole('button', { name: new RegExp(`^Anmälningar till ${FIRST}`) }).click();
    await tab.getByRole('heading', { level: 3, name: `Anmälningar: ${FIRST}` }).waitFor();
    await expect(tab.getByTestId('invitation-state').getAttribute('data-state')).resolves.toBe('failed');
    await tab.getByRole('button', { name: 'Tillbaka till utbildningarna' }).click();

    // With invitations the form has no link to type: the meeting comes with the invitation.
    await tab.getByRole('button', { name: 'Ny utbildning' }).click();
    const dialog = tab.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Titel' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: /Teams-mötet/ }).count()).toBe(0);
    expect(await dialog.getByText('Länk till Teams-mötet').count()).toBe(0);
    await dialog.getByText('Teams-mötet skapas med inbjudan i Outlook.').waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The administrator creates the mailbox: the server's next check brings the event up to date.
    const mailbox: MailboxFake = { events: new Map(), mails: [], allowed: true };
    tenant.graph.mailboxes.set(MAILBOX, mailbox);
    const fixed = await until(first, (s) => s.state === 'upToDate');
    expect(fixed.reason).toBeNull();
    const event = [...mailbox.events.values()].find((e) => e.subject === FIRST)!;
    expect(event).toBeDefined();

    host = await openTrainings();
    tab = host.frame;
    const upToDate = stateOf(card(tab, first));
    await expect(upToDate.getAttribute('data-state')).resolves.toBe('upToDate');
    await expect(upToDate.textContent()).resolves.toBe(
      `Inbjudningar i Outlook: uppdaterade · Senast skickade till Outlook ${stockholm(fixed.syncedAt!, 'sv-SE')}` +
        // Nils still has no address: he is still listed.
        `Kan inte bjudas in (ingen e-postadress känd): ${NILS.name}`,
    );
    // The Teams link is the event's.
    await expect(card(tab, first).getByRole('link', { name: 'Teams-möte' }).getAttribute('href')).resolves.toBe(event.joinUrl);

    // She signs up herself while the mailbox answers slowly: her card says the invitation comes,
    // the invitations wait, and the list follows by itself until they are up to date, said once.
    tenant.graph.fault({ path: '/v1.0/users/utbildning', status: 200, delayMs: 2500, times: 1, passThrough: true });
    await card(tab, first).getByRole('button', { name: new RegExp(`^Anmäl mig till ${FIRST}`) }).click();
    await card(tab, first).getByTestId('invitation-coming').waitFor();
    await tab.getByTestId('trainings-result').filter({ hasText: `Du är anmäld till ${FIRST}. Inbjudan kommer till din Outlook-kalender.` }).waitFor();
    await expect(card(tab, first).getByTestId('invitation-coming').textContent()).resolves.toBe('Inbjudan kommer till din Outlook-kalender');
    await expect(upToDate.getAttribute('data-state')).resolves.toBe('pending');
    await tab.locator(`li[data-training="${first}"] [data-testid=invitation-state][data-state=upToDate]`).waitFor({ timeout: 20_000 });
    await tab.getByTestId('trainings-result').filter({ hasText: `${FIRST}. Inbjudningar i Outlook: uppdaterade` }).waitFor();
    expect(event.attendees.map((a) => a.address)).toContain(FAKE_USER.preferred_username.toLowerCase());
  });

  it('has no serious accessibility violations with invitations up to date and stopped, in every theme, in Swedish and English', async () => {
    // The application access policy is withdrawn: a new training's invitations stop (403).
    tenant.graph.mailboxes.get(MAILBOX)!.allowed = false;
    const second = await publish(SECOND, 4);
    expect((await tenant.request('POST', `/api/trainings/${second}/registrations`, { claims: NILS })).status).toBe(201);
    await until(second, (s) => s.state === 'failed' && s.reason === 'permissionMissing' && s.uninvitable.length === 1);

    const texts = {
      'sv-SE': ['Appen saknar behörighet till brevlådan.', 'Calendars.ReadWrite', 'Inbjudningar i Outlook: uppdaterade'],
      'en-GB': ['The app has no permission for the mailbox.', 'Calendars.ReadWrite', 'Outlook invitations: up to date'],
    } as const;
    for (const locale of ['sv-SE', 'en-GB'] as const) {
      const host = await openTrainings(locale);
      const tab = host.frame;
      await tab.locator(`li[data-training="${second}"] [data-testid=invitation-state][data-state=failed]`).waitFor();
      await tab.locator(`li[data-training="${first}"] [data-testid=invitation-state][data-state=upToDate]`).waitFor();
      const [reason, permission, upToDate] = texts[locale];
      await expect(stateOf(card(tab, second)).textContent()).resolves.toContain(reason);
      await expect(stateOf(card(tab, second)).textContent()).resolves.toContain(permission);
      await expect(stateOf(card(tab, first)).textContent()).resolves.toContain(upToDate);
      for (const theme of THEME_NAMES) {
        if (theme !== 'default') await host.setTheme(theme);
        await tab.locator(`[data-theme=${theme}]`).waitFor();
        await card(tab, second).scrollIntoViewIfNeeded();
        expect([locale, theme, await seriousViolations(page, { frame: tab, selector: 'iframe[data-testid=teams-tab]' })]).toEqual([locale, theme, []]);
        await screenshot(page, `utbildningar-inbjudningar-${locale.slice(0, 2)}-${theme}`);
      }
    }
  });
});
