import { Theme, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { HostTheme } from './host';

/** Teams' three themes, as Fluent UI v9 themes. */
export const THEMES: Record<HostTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** ?theme=dark|contrast lets a browser preview the other themes. */
export function themeFromQuery(value: string | null): HostTheme | null {
  if (value === 'dark' || value === 'contrast' || value === 'default') return value;
  if (value === 'light') return 'default';
  return null;
}
