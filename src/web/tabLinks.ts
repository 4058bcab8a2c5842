/**
 * Links from cards into the tab. With the Teams app's id (TEAMS_APP_ID) a Teams deep link that
 * opens the channel tab on the restlista (the tab's configuration page names a tab that opens
 * there `forvaltningsstod-restlista`; the tab also reads `subEntityId` and shows that view);
 * without it, the tab's own page `/tab/index.html#/restlista` under PUBLIC_URL, which works in a
 * browser too.
 */
export const RESTLISTA_ENTITY_ID = 'forvaltningsstod-restlista';

export function restlistaLinks(publicUrl: () => string, teamsAppId: string | null): (channelId?: string | null) => string {
  return (channelId) => {
    const web = `${publicUrl()}/tab/index.html#/restlista`;
    if (!teamsAppId) return web;
    const context = JSON.stringify({ subEntityId: 'restlista', ...(channelId ? { channelId } : {}) });
    const query = new URLSearchParams({ webUrl: web, label: 'Restlista', context });
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${RESTLISTA_ENTITY_ID}?${query.toString()}`;
  };
}
