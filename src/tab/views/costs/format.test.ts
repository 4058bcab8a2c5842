import { formatKronor, formatSignedKronor, parseFte, parseHours, parseKronor } from './format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('kronor for reading', () => {
  it('groups Swedish amounts with spaces and ends with kr; English as SEK with commas', () => {
    expect(plain(formatKronor(1_250_000, 'sv'))).toBe('1 250 000 kr');
    expect(plain(formatKronor(0, 'sv'))).toBe('0 kr');
    expect(plain(formatKronor(1_250_000, 'en'))).toBe('SEK 1,250,000');
  });

  it('writes the sign of a difference, so it reads without colour', () => {
    expect(plain(formatSignedKronor(-20_000, 'sv'))).toBe('−20 000 kr');
    expect(plain(formatSignedKronor(50_000, 'sv'))).toBe('+50 000 kr');
    expect(plain(formatSignedKronor(0, 'sv'))).toBe('0 kr');
    expect(plain(formatSignedKronor(-20_000, 'en'))).toBe('-SEK 20,000');
  });
});

describe('kronor as typed', () => {
  it('reads grouped and ungrouped whole kronor, with or without kr', () => {
    expect(parseKronor('1 250 000', 'sv')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseKronor('1250000', 'sv')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseKronor(' 1\u00a0250\u00a0000 kr', 'sv')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseKronor('1,250,000', 'en')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseKronor('SEK 1,250,000', 'en')).toEqual({ ok: true, value: 1_250_000 });
  });

  it('an empty field clears the cell', () => {
    expect(parseKronor('  ', 'sv')).toEqual({ ok: true, value: null });
  });

  it('refuses decimals, signs, text and amounts above the ceiling', () => {
    for (const text of ['12,5', '12.5', '-100', 'tusen', '1 2a', '1,250,000']) expect(parseKronor(text, 'sv')).toEqual({ ok: false, error: 'kronor' });
    expect(parseKronor('1,25', 'en')).toEqual({ ok: false, error: 'kronor' });
    expect(parseKronor('1000000000001', 'sv')).toEqual({ ok: false, error: 'tooBig' });
    expect(parseKronor('1000000000000', 'sv')).toEqual({ ok: true, value: 1_000_000_000_000 });
  });

  it('hours take one decimal, FTE two, either decimal sign', () => {
    expect(parseHours('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseHours('12.55')).toEqual({ ok: false, error: 'hours' });
    expect(parseHours('0')).toEqual({ ok: true, value: 0 });
    expect(parseHours('100001')).toEqual({ ok: false, error: 'hours' });
    expect(parseFte('0,25')).toEqual({ ok: true, value: 0.25 });
    expect(parseFte('0,255')).toEqual({ ok: false, error: 'fte' });
  });
});
