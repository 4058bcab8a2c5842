import { Theme, teamsLightTheme } from '@fluentui/react-components';
import type { HostTheme } from './host';

/**
 * Teams' three themes as Fluent UI v9 themes. The light theme ships with the page; dark and
 * high contrast are loaded when asked for, so most users never download them.
 */
export async function loadTheme(name: HostTheme): Promise<Theme> {
  if (name === 'dark') return (await import('./themes/dark')).default;
  if (name === 'contrast') return (await import('./themes/contrast')).default;
  return teamsLightTheme;
}

export const LIGHT_THEME = teamsLightTheme;

/** ?theme=dark|contrast lets a browser preview the other themes. */
export function themeFromQuery(value: string | null): HostTheme | null {
  if (value === 'dark' || value === 'contrast' || value === 'default') return value;
  if (value === 'light') return 'default';
  return null;
}
