import type { Page } from 'playwright-core';
import { startFakeConnector, FakeConnector } from '../helpers/fakeConnector';
import { post, teamEvent, teamInstallation, teamsTeam, teamsUser } from '../helpers/teamsActivity';
import { TabSession, offeredViews, openTab, screenshot, seriousViolations, startTabSession } from './harness';

/**
 * Inställningar: the monthly follow-up's channel and schedule in the tab — the channels the bot
 * knows to choose from, the schedule's fields, the next meetings with their reminders; the lead
 * saves (and is told when someone else saved first); members read; Swedish and English; no
 * serious accessibility violations in the three themes.
 */
const NOW = new Date('2026-11-29T10:00:00.000Z');
let session: TabSession;
let connector: FakeConnector;
let page: Page;
const team = teamsTeam('tab', ['Uppföljning']);
const channelId = team.channels[0]!.id;

beforeAll(async () => {
  connector = await startFakeConnector();
  session = await startTabSession({}, { now: () => NOW });
  // The bot in a team: its General channel, and a channel created later.
  const installer = teamsUser('tab-installer');
  await post(session.app.url, teamInstallation(installer, connector.serviceUrl, team, 'add'));
  await post(session.app.url, teamEvent(installer, connector.serviceUrl, team, 'channelCreated', channelId));
  page = await (await session.context()).newPage();
  page.setDefaultTimeout(8000);
});
afterAll(async () => {
  await session.stop();
  await connector.stop();
});

async function openSettings(opts: { as?: string; theme?: 'default' | 'dark' | 'contrast'; locale?: 'sv' | 'en' } = {}) {
  await openTab(page, session.app.url, { view: 'installningar', ...opts });
  await page.getByTestId('settings-upcoming').waitFor();
}

const settings = async () => (await session.app.request('GET', '/api/settings/follow-up', { as: 'lead' })).json;

/** axe once Fluent's enter animations have finished. */
async function axe(): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return seriousViolations(page);
}

describe('Inställningar (settings)', () => {
  it('shows the default schedule, the channels the bot knows and the next meetings; no channel is chosen yet', async () => {
    await openSettings();
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Inställningar');
    const channel = page.getByLabel('Kanal som får restlistan');
    await expect(channel.inputValue()).resolves.toBe('');
    await expect(channel.locator('option').allInnerTexts()).resolves.toEqual([
      'Ingen kanal (inga påminnelser)',
      `${team.name} › Allmänt`,
      `${team.name} › Uppföljning`,
    ]);
    await expect(page.getByLabel('Vecka i månaden').inputValue()).resolves.toBe('first');
    await expect(page.getByLabel('Veckodag').inputValue()).resolves.toBe('tuesday');
    await expect(page.getByRole('combobox', { name: 'Tid', exact: true }).inputValue()).resolves.toBe('09:00');
    await expect(page.getByLabel('Påminnelse i kanalen').inputValue()).resolves.toBe('2');
    await expect(page.getByLabel(/Personliga påminnelser/).isChecked()).resolves.toBe(true);
    const upcoming = await page.getByTestId('settings-upcoming').locator('li').allInnerTexts();
    expect(upcoming).toHaveLength(3);
    expect(upcoming[0]).toMatch(/tisdag 1 december 2026 (kl\. )?09:00\s+Påminnelse: fredag 27 november 2026 (kl\. )?09:00/);
    expect(await axe()).toEqual([]);
    await screenshot(page, 'installningar-sv-default');
  });

  it('the förvaltningsledare chooses the channel and the schedule; the next meetings follow; the restlista uses them', async () => {
    await openSettings();
    await page.getByLabel('Kanal som får restlistan').selectOption(channelId);
    await page.getByLabel('Vecka i månaden').selectOption('last');
    await page.getByLabel('Veckodag').selectOption('thursday');
    await page.getByRole('combobox', { name: 'Tid', exact: true }).fill('13:30');
    await page.getByLabel('Påminnelse i kanalen').selectOption('3');
    await page.getByLabel(/mötesdagens morgon/).check();
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByTestId('settings-announcement').filter({ hasText: 'Inställningarna är sparade.' }).waitFor();

    const saved = await settings();
    expect(saved).toMatchObject({
      version: 1,
      channel: { conversationId: channelId, channelName: 'Uppföljning' },
      schedule: { rule: { week: 'last', weekday: 'thursday' }, time: '13:30', reminderDaysBefore: 3, onMeetingMorning: true, nudges: true },
    });
    const first = (await page.getByTestId('settings-upcoming').locator('li').allInnerTexts())[0];
    expect(first).toMatch(/torsdag 31 december 2026 (kl\. )?13:30\s+Påminnelse: måndag 28 december 2026 (kl\. )?13:30, torsdag 31 december 2026 (kl\. )?07:00/);
    expect((await session.app.request('GET', '/api/restlista')).json.meetingDate).toBe('2026-12-31');
  });

  it('when someone else saved first, says so and shows the settings as they are now', async () => {
    await openSettings();
    const current = await settings();
    await session.app.request('PUT', '/api/settings/follow-up', {
      as: 'lead',
      headers: { 'if-match': `"${current.version}"` },
      body: { channelId, schedule: { ...current.schedule, time: '10:15' } },
    });
    await page.getByLabel('Påminnelse i kanalen').selectOption('5');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByTestId('settings-problem').filter({ hasText: 'Någon annan hann spara inställningarna' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Tid', exact: true }).inputValue()).resolves.toBe('10:15');
    await expect(page.getByLabel('Påminnelse i kanalen').inputValue()).resolves.toBe('3');
    expect((await settings()).schedule.reminderDaysBefore).toBe(3);
    expect(await axe()).toEqual([]);
  });

  it('a member reads the settings but cannot change them; a reader does not see them', async () => {
    await openSettings({ as: 'member' });
    await page.getByText('Bara förvaltningsledaren kan ändra inställningarna.').waitFor();
    await expect(page.getByLabel('Kanal som får restlistan').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Spara inställningarna' }).count()).resolves.toBe(0);

    await openTab(page, session.app.url, { view: 'installningar', as: 'reader' });
    await page.getByText('Inställningarna visas för förvaltningens medlemmar.').waitFor();
    await expect(offeredViews(page)).resolves.not.toContain('Inställningar');
  });

  it('speaks English', async () => {
    await openSettings({ locale: 'en' });
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Settings');
    await expect(page.getByLabel('Week of the month').locator('option:checked').textContent()).resolves.toBe('Last');
    await expect(page.getByLabel('Weekday').locator('option:checked').textContent()).resolves.toBe('Thursday');
    expect((await page.getByTestId('settings-upcoming').locator('li').allInnerTexts())[0]).toMatch(/Thursday,? 31 December 2026,? (at )?10:15/);
    expect(await axe()).toEqual([]);
    await screenshot(page, 'installningar-en-default');
  });

  // Accessibility of Inställningar in every theme and both languages: followUpWorkingDays.test.ts.
});
