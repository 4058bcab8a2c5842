/**
 * A link the tab shows as something to click (a training's meeting, a register document, a
 * decision's minutes): only an absolute https URL with a host — never `javascript:`, `data:`,
 * `http:` or a relative path. The one rule for every such link.
 */
export function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.length > 0 && !/\s/.test(text);
  } catch {
    return false;
  }
}
