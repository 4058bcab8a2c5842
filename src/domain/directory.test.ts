import { mergePeople, searchesDirectory } from './directory';

describe('the people a picker offers', () => {
  it('searches the directory from two typed characters, spaces not counted', () => {
    expect([undefined, '', 'k', ' k ', 'ka', ' ka'].map(searchesDirectory)).toEqual([false, false, false, false, true, true]);
  });

  it('lists the people the app knows first, by its names, with what the directory adds; then the directory\'s, each once', () => {
    const known = [{ id: 'A1', name: 'Karin H' }];
    const found = [
      { id: 'b2', name: 'Karl Åberg', jobTitle: 'IT-tekniker' },
      { id: 'a1', name: 'Karin Holm', mail: 'karin.holm@example.se', jobTitle: 'Lektor' },
      { id: 'b2', name: 'Karl Åberg' },
    ];
    expect(mergePeople(known, found)).toEqual([
      { id: 'A1', name: 'Karin H', mail: 'karin.holm@example.se', jobTitle: 'Lektor' },
      { id: 'b2', name: 'Karl Åberg', jobTitle: 'IT-tekniker' },
    ]);
  });

  it('offers at most the limit', () => {
    const found = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
    expect(mergePeople([{ id: 'k', name: 'Känd' }], found, 25)).toHaveLength(25);
    expect(mergePeople([{ id: 'k', name: 'Känd' }], found, 25)[0]!.id).toBe('k');
  });
});
