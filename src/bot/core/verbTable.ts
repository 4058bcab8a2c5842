import { VerbTable } from './verb';
import { signUp } from '../trainings/signUpVerb';
import { cancel } from '../trainings/cancelVerb';
import { listTrainings, myRegistrations, refresh, showTraining } from '../trainings/showVerbs';
import { followUpComment, followUpDone, followUpOpen, followUpPostpone, followUpRefresh } from '../followUp/followUpVerbs';

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
