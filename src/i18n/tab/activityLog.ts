/** Texts of the tab's activityLog view. Swedish first; en must have every key. */
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
