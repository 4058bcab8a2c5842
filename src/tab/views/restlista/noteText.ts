/** A note shortened to about `max` characters at a word boundary, ending in "…"; unchanged when it is short enough. */
export function shortenNote(text: string, max = 120): { text: string; shortened: boolean } {
  const whole = text.trim();
  if (whole.length <= max) return { text: whole, shortened: false };
  const cut = whole.replace(/\s+/g, ' ').slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { text: `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`, shortened: true };
}
