import { tokens } from '@fluentui/react-components';

/**
 * A list of events, each a card with a rule on its left (the activity's history and comments, the
 * Händelselogg): one look, one place. The item takes the background of what it sits on.
 */
export const timelineList = {
  listStyleType: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalS,
} as const;

export const timelineItem = (backgroundColor: string) =>
  ({
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor,
  }) as const;
