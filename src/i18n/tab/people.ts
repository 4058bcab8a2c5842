/**
 * Texts of the tab's people pickers (owner, responsible, invited, person filter): what they say
 * about the organisation's directory. Swedish first; en must have every key.
 */
export const sv = {
  'tab.people.directoryUnavailable': 'Organisationens katalog svarar inte just nu. Listan visar personerna som appen redan känner.',
  'tab.people.consentTitle': 'Behörighet behövs',
  'tab.people.grantAccess': 'Ge behörighet',
  'tab.people.askingConsent': 'Väntar på behörighet …',
  'tab.people.consentNotGiven': 'Behörigheten gavs inte. Listan visar personerna som appen redan känner.',
};

export const en: Record<keyof typeof sv, string> = {
  'tab.people.directoryUnavailable': 'The organisation’s directory is not answering right now. The list shows the people the app already knows.',
  'tab.people.consentTitle': 'Access needed',
  'tab.people.grantAccess': 'Grant access',
  'tab.people.askingConsent': 'Waiting for access …',
  'tab.people.consentNotGiven': 'Access was not granted. The list shows the people the app already knows.',
};
