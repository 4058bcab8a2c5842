import { isHttpsUrl } from './httpsLink';

describe('isHttpsUrl: the one rule for links the tab offers to click', () => {
  it.each(['https://example.com/a', 'https://contoso.sharepoint.com/sites/x/y.docx?web=1', 'https://teams.microsoft.com/l/meetup-join/x'])(
    'takes %s',
    (link) => expect(isHttpsUrl(link)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'http://example.com/a', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://x', 'example.com', 'https://', 'https://a b.se', ''])(
    'refuses %s',
    (link) => expect(isHttpsUrl(link)).toBe(false),
  );
});
