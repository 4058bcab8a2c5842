/**
 * Texts of the page Entra sends the consent step back to (/tab/consent-done.html). That page
 * shows both languages at once (it does not know the user's), so it reads these directly rather
 * than through the tab's catalogue. Swedish first; en must have every key.
 */
export const sv = {
  done: 'Klart – du kan stänga fönstret.',
  failed: 'Behörigheten gavs inte ({error}). Du kan stänga fönstret.',
};

export const en: Record<keyof typeof sv, string> = {
  done: 'Done – you can close this window.',
  failed: 'Access was not granted ({error}). You can close this window.',
};
