import { formatKronor, formatSignedKronor, parseFte, parseHours, parseKronor, previewKronor } from './format';

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

  it('hours × rate rounds half up to whole kronor, as the server does', () => {
    expect(previewKronor(12.5, 851)).toBe(10_638); // 10 637.5
    expect(previewKronor(0.15, 10)).toBe(2); // 1.5, where 0.15 * 10 in floats is 1.4999…
    expect(previewKronor(0.1, 650_001)).toBe(65_000); // 65 000.1
    expect(previewKronor(0.5, 720_000)).toBe(360_000);
  });
});
