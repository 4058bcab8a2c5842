import { localeFromAcceptLanguage, msg, t } from './index';
import * as server from './sv';
import { en as serverEn } from './en';
import * as followUp from './followUp';
import * as audit from './audit';
import * as costs from './costs';
import { readdirSync } from 'node:fs';
import path from 'node:path';

type Catalog = { sv: Record<string, string>; en: Record<string, string> };
/** Every catalog of the tab (one file per view, src/i18n/tab/*.ts), so a new one is checked without being listed here. */
const TAB_CATALOGS = readdirSync(path.join(__dirname, 'tab'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
  .map((f) => [f.replace(/\.ts$/, ''), require(path.join(__dirname, 'tab', f)) as Catalog] as const);

const CATALOGS: [string, Record<string, string>, Record<string, string>][] = [
  ['server', server.sv, serverEn],
  ['followUp', followUp.sv, followUp.en],
  ['audit', audit.sv, audit.en],
  ['costs', costs.sv, costs.en],
  ...TAB_CATALOGS.map(([name, m]) => [name, m.sv, m.en] as [string, Record<string, string>, Record<string, string>]),
];

describe('i18n', () => {
  it('finds the tab\'s catalogs', () => {
    expect(TAB_CATALOGS.map(([name]) => name)).toEqual(expect.arrayContaining(['common', 'settings', 'roles', 'people', 'auditLog']));
  });

  it.each(CATALOGS)('%s: the same keys and placeholders in Swedish and English', (_name, sv, en) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv)) {
      expect([key, placeholders(en[key]!)]).toEqual([key, placeholders(sv[key]!)]);
      expect(en[key]).not.toBe('');
    }
  });

  it('no key is defined twice across the catalogs', () => {
    const seen = new Map<string, string>();
    for (const [name, sv] of CATALOGS) {
      for (const key of Object.keys(sv)) {
        expect([key, seen.get(key) ?? name]).toEqual([key, name]);
        seen.set(key, name);
      }
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
