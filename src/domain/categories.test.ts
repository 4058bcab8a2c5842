import { categoryLabel, checkCategory, defaultCategories, replaceCategories } from './categories';

const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
const NOW = new Date('2026-11-29T10:00:00Z');
const defaults = defaultCategories();
const problemOf = (r: { ok: boolean; problem?: { code: string; field?: string; params?: Record<string, unknown> } }) => (r.ok ? null : r.problem);

describe('categories', () => {
  it('starts with the rollout project\'s seven, all active, with English labels', () => {
    expect(defaults.items.map((c) => c.name)).toEqual(['Licenser', 'Utbildning', 'Telefoni', 'Integration', 'Dokumentation', 'Support', 'Övrigt']);
    expect(defaults.items.every((c) => !c.retired && c.en)).toBe(true);
    expect(categoryLabel(defaults, 'Övrigt', 'en')).toBe('Other');
    expect(categoryLabel(defaults, 'Övrigt', 'sv')).toBe('Övrigt');
    expect(categoryLabel(defaults, 'Okänd', 'en')).toBe('Okänd');
  });

  it('adds a category (trimmed; the English name optional) and retires one; who and when are kept', () => {
    const next = replaceCategories(
      defaults,
      [...defaults.items.map((c) => (c.name === 'Telefoni' ? { ...c, retired: true } : c)), { name: '  Säkerhet ', en: ' ', retired: false }],
      lead,
      NOW,
    );
    expect(next.ok && next.value.items.at(-1)).toEqual({ name: 'Säkerhet', en: null, retired: false });
    expect(next.ok && next.value).toMatchObject({ updatedAt: NOW.toISOString(), updatedBy: lead });
    expect(next.ok && categoryLabel(next.value, 'Säkerhet', 'en')).toBe('Säkerhet');
  });

  it.each([
    ['an empty name', [...defaults.items, { name: ' ', en: null, retired: false }], 'validation.required', 'items.7.name'],
    ['a name over 40 characters', [...defaults.items, { name: 'x'.repeat(41), en: null, retired: false }], 'validation.tooLong', 'items.7.name'],
    ['a name twice (case-insensitive)', [...defaults.items, { name: 'licenser', en: null, retired: false }], 'categories.duplicate', 'items.7.name'],
    ['a category left out (items may have it)', defaults.items.filter((c) => c.name !== 'Support'), 'categories.removed', 'items'],
    ['every category retired', defaults.items.map((c) => ({ ...c, retired: true })), 'categories.noneActive', 'items'],
  ])('refuses %s', (_what, items, code, field) => {
    expect(problemOf(replaceCategories(defaults, items, lead, NOW))).toMatchObject({ kind: 'invalid', code, field });
  });

  it('lets an item take an active category, keep a retired one it has, but not take a retired or unknown one', () => {
    const retired = { ...defaults, items: defaults.items.map((c) => (c.name === 'Telefoni' ? { ...c, retired: true } : c)) };
    expect(checkCategory(retired, 'Support', null)).toEqual({ ok: true, value: 'Support' });
    expect(checkCategory(retired, 'Telefoni', 'Telefoni')).toEqual({ ok: true, value: 'Telefoni' });
    expect(problemOf(checkCategory(retired, 'Telefoni', 'Support'))).toMatchObject({ code: 'validation.categoryRetired', field: 'category' });
    expect(problemOf(checkCategory(retired, 'Telefoni', null))).toMatchObject({ code: 'validation.categoryRetired' });
    expect(problemOf(checkCategory(retired, 'Kaffe', null))).toMatchObject({ code: 'validation.category', params: { name: 'Kaffe' } });
  });
});
