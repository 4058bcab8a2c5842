import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** What the parts of Inställningar › Roller share: a section of stacked parts, its heading, muted text. */
export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  h3: { ...typographyStyles.subtitle1, margin: 0 },
  h4: { ...typographyStyles.subtitle2, margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});
