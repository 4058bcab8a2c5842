import { sampleCards, SAMPLE_JOIN_URL } from '../helpers/cardGallery';

/** With Outlook invitations the seat's card links the event's Teams meeting and says the invitation comes; without, the .ics file. */
describe('the confirmation card and the Outlook invitation', () => {
  const urls = (card: unknown): string[] => JSON.stringify(card).match(/"url":"[^"]+"/g)?.map((u) => u.slice(7, -1)) ?? [];
  const named = (name: string) => sampleCards('sv').find((c) => c.name === name)!.card;

  it('invitations off: the calendar file', () => {
    expect(urls(named('confirmation')).some((u) => u.includes('.ics'))).toBe(true);
    expect(JSON.stringify(named('confirmation'))).not.toContain('Outlook-kalender');
  });

  it('invitations on: the Teams link of the event, no calendar file, and word of the invitation', () => {
    const card = named('confirmation-outlook');
    expect(urls(card)).toContain(SAMPLE_JOIN_URL);
    expect(urls(card).some((u) => u.includes('.ics'))).toBe(false);
    expect(JSON.stringify(card)).toContain('En inbjudan med Teams-mötet kommer till din Outlook-kalender.');
  });
});
