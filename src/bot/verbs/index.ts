import { VerbTable } from './verb';
import { signUp } from './signUp';
import { cancel } from './cancel';
import { listTrainings, myRegistrations, refresh, showTraining } from './views';
import { followUpComment, followUpDone, followUpOpen, followUpPostpone, followUpRefresh } from './followUp';

/** The table from card verb to its handler (as microsoft/teams.ts routes by event name). */
export const VERB_HANDLERS: VerbTable = {
  signUp,
  cancel,
  showTraining,
  refresh,
  listTrainings,
  myRegistrations,
  followUpOpen,
  followUpDone,
  followUpPostpone,
  followUpComment,
  followUpRefresh,
};

export type { VerbHandler, VerbTable } from './verb';
