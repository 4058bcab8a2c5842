import { tokens } from '@fluentui/react-components';

/** A framed group of fields (Inställningar's channel, schedule, new category; the Händelselogg's filter): one look, one place. */
export const fieldsetFrame = {
  margin: 0,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
} as const;

export const fieldsetLegend = { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold } as const;
