import type * as common from './common';
import type * as activityLog from './activityLog';
import type * as restlista from './restlista';
import type * as meeting from './meeting';
import type * as handover from './handover';
import type * as trainings from './trainings';
import type * as trainingInvitations from './trainingInvitations';
import type * as settings from './settings';
import type * as auditLog from './auditLog';
import type * as people from './people';
import type * as roles from './roles';

/**
 * The tab's texts: one file per view, so each view's words live together and travel in that
 * view's chunk. `common` is always loaded; a view registers its own file with `addMessages()`
 * (src/i18n/index.ts) when its module loads. This file only describes the keys (types only).
 */
export type TabMessages = typeof common.sv &
  typeof activityLog.sv &
  typeof restlista.sv &
  typeof meeting.sv &
  typeof handover.sv &
  typeof trainings.sv &
  typeof trainingInvitations.sv &
  typeof settings.sv &
  typeof auditLog.sv &
  typeof people.sv &
  typeof roles.sv;
export type TabMessageKey = keyof TabMessages;
