import { parse } from 'csv-parse/sync';
import { Meeting } from '../domain/meeting';
import { markdownEscape, minutesCsv, minutesFile, minutesMarkdown, minutesText } from './meetingMinutes';
import { johan, maria } from '../../test/helpers/domainFixtures';

const meeting: Meeting = {
  id: 'M-2026-12-01-1',
  meetingDate: '2026-12-01',
  status: 'avslutat',
  startedAt: '2026-12-01T08:00:00.000Z',
  startedBy: maria,
  finishedAt: '2026-12-01T09:30:00.000Z',
  finishedBy: maria,
  attendees: 'Maria, Johan',
  summary: 'Rad ett\nRad två',
  version: 3,
  entries: [
    {
      activityKey: 'A-001',
      title: 'Inringning *till* Teams',
      owner: johan,
      note: 'Beslut: stängs\n- punkt två\n# rubrik <b>x</b>',
      statusFrom: 'pågår',
      statusTo: 'klar',
      dueDateFrom: '2026-11-20',
      dueDateTo: '2026-11-20',
      resolution: 'Klart',
      at: '2026-12-01T08:10:00.000Z',
      by: maria,
    },
    {
      activityKey: 'A-002',
      title: 'Licenser',
      owner: null,
      note: '=SUMMA(A1:A9)',
      statusFrom: 'väntar',
      statusTo: 'väntar',
      dueDateFrom: null,
      dueDateTo: '2027-01-31',
      resolution: null,
      at: '2026-12-01T08:20:00.000Z',
      by: maria,
    },
  ],
};

describe('meeting minutes', () => {
  it('text: labels and values, times in Stockholm, long notes indented under their label', () => {
    const text = minutesText(meeting, 'sv');
    expect(text.split('\n').slice(0, 4)).toEqual(['Protokoll månadsmöte 2026-12-01', '=' + '='.repeat(30), '', 'Mötesdatum: 2026-12-01']);
    expect(text).toContain('Avslutat: 2026-12-01 10:30');
    expect(text).toContain('   Beslut/anteckning: Beslut: stängs\n                      - punkt två\n');
    expect(text).toContain('   Status: väntar (oförändrad)\n   Nytt förfallodatum: 2027-01-31 (tidigare inget)');
    expect(text).not.toContain('Utkast');
    expect(minutesText(meeting, 'en', { timeZone: 'UTC' })).toContain('Finished: 2026-12-01 09:30');
  });

  it('Markdown: user text cannot become headings, lists or HTML', () => {
    expect(markdownEscape('# x <b>y</b> [l](u) *z*')).toBe('\\# x \\<b\\>y\\</b\\> \\[l\\](u) \\*z\\*');
    expect(markdownEscape('- a\n1. b\n+ c')).toBe('\\- a\n1\\. b\n\\+ c');
    const md = minutesMarkdown(meeting, 'en');
    expect(md).toContain('### 1. A-001 Inringning \\*till\\* Teams');
    expect(md).toContain('- **Decision/note:** Beslut: stängs\\\n  \\- punkt två\\\n  \\# rubrik \\<b\\>x\\</b\\>\n');
    expect(md).toContain('- **Status:** in progress → done');
    expect(md).toContain('- **Status:** waiting (unchanged)');
  });

  it('CSV: a note over several lines stays in one quoted cell; formulas are neutralized', () => {
    const csv = minutesCsv(meeting, 'sv');
    expect(csv.startsWith('\ufeffMötesdatum;Nyckel;')).toBe(true);
    const rows: string[][] = parse(csv, { delimiter: ';', bom: true });
    expect(rows).toHaveLength(3);
    expect(rows[1]![4]).toBe('Beslut: stängs\n- punkt två\n# rubrik <b>x</b>');
    expect(rows[2]!.slice(3, 9)).toEqual(['', "'=SUMMA(A1:A9)", 'väntar', 'väntar', '', '2027-01-31']);
  });

  it('a decision that changed the priority says so in every format, with the priority before; an unchanged one says nothing', () => {
    const raised: Meeting = { ...meeting, entries: [{ ...meeting.entries[1]!, priorityFrom: 'normal', priorityTo: 'hög' }, meeting.entries[0]!] };
    expect(minutesText(raised, 'sv')).toContain('   Prioritet: hög (tidigare normal)');
    expect(minutesMarkdown(raised, 'en')).toContain('- **Priority:** high (previously normal)');
    expect(minutesText(meeting, 'sv')).not.toContain('Prioritet');
    const rows: string[][] = parse(minutesCsv(raised, 'sv'), { delimiter: ';', bom: true });
    const column = rows[0]!.indexOf('Ändrad prioritet');
    expect(rows.slice(1).map((r) => r[column])).toEqual(['normal → hög', '']);
  });

  it('file names and types follow the format and the language', () => {
    expect(minutesFile(meeting, 'text', 'sv')).toMatchObject({ filename: 'protokoll-2026-12-01.txt', contentType: 'text/plain; charset=utf-8' });
    expect(minutesFile(meeting, 'md', 'en')).toMatchObject({ filename: 'minutes-2026-12-01.md', contentType: 'text/markdown; charset=utf-8' });
    expect(minutesFile(meeting, 'csv', 'en')).toMatchObject({ filename: 'minutes-2026-12-01.csv', contentType: 'text/csv; charset=utf-8' });
  });
});
