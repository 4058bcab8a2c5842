/**
 * A link the tab shows as something to click (a decision's minutes): only an absolute https URL
 * with a host — never `javascript:`, `data:` or a relative path.
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
