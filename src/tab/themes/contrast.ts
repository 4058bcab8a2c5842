/** Loaded only when Teams (or ?theme=contrast) asks for it. */
export { teamsHighContrastTheme as default } from '@fluentui/react-components';
