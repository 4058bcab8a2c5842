import { en, localeFromAcceptLanguage, msg, sv, t } from './index';

describe('i18n', () => {
  it('has the same placeholders in Swedish and English for every message', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(sv[key])]);
      expect(en[key]).not.toBe('');
    }
  });
  it('translates a parameter that is itself a message', () => {
    expect(t('sv', 'auth.forbidden', { role: msg('role.reader') })).toBe('Din roll (läsare) får inte göra detta.');
    expect(t('en', 'auth.forbidden', { role: msg('role.förvaltningsledare') })).toBe('Your role (administration lead) may not do this.');
  });
  it('fills placeholders', () => {
    expect(t('sv', 'activity.notFound', { key: 'A-007' })).toBe('Aktiviteten A-007 finns inte.');
    expect(t('en', 'activity.notFound', { key: 'A-007' })).toBe('Activity A-007 does not exist.');
  });
  it('picks the language from Accept-Language by quality, else the default', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9', 'sv')).toBe('en');
    expect(localeFromAcceptLanguage('sv-SE', 'en')).toBe('sv');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,sv;q=0.8', 'en')).toBe('sv');
    expect(localeFromAcceptLanguage('fr', 'sv')).toBe('sv');
    expect(localeFromAcceptLanguage(undefined, 'sv')).toBe('sv');
    expect(localeFromAcceptLanguage('en;q=0', 'sv')).toBe('sv');
  });
});
