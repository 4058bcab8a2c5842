/** Loaded only when Teams (or ?theme=dark) asks for it. */
export { teamsDarkTheme as default } from '@fluentui/react-components';
