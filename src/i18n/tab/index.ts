import * as common from './common';
import * as activityLog from './activityLog';
import * as restlista from './restlista';
import * as meeting from './meeting';
import * as handover from './handover';
import * as trainings from './trainings';

/** All of the tab's texts; one file per view so each view's words live together. */
export const tabSv = { ...common.sv, ...activityLog.sv, ...restlista.sv, ...meeting.sv, ...handover.sv, ...trainings.sv };
export const tabEn: Record<keyof typeof tabSv, string> = {
  ...common.en,
  ...activityLog.en,
  ...restlista.en,
  ...meeting.en,
  ...handover.en,
  ...trainings.en,
};
