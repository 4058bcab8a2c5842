import { StoreHealth } from '../store/store';
import { Identity } from '../domain/roles';
import { Directory, NO_DIRECTORY } from '../graph/directory';
import { NO_ROSTERS, TeamRosters } from '../graph/teamRosters';
import { RoleLists } from '../domain/access';
import { findPeople } from './peopleFinder';
import { accessSourceCache } from './accessSources';
import { Caller, accessOfCaller, resolveIdentity } from './identityResolver';
import { grantRightTo, readAccessOverview, withdrawRightFrom } from './rightsEditor';
import { chooseForvaltningTeam, refreshRoster } from './forvaltningTeamKeeper';
import { CommandContext } from './context';
import { InvitationServices, SyncOutcome, queueInvitationChecks, syncInvitation } from './invitationSync';
import { activityDetails, knownPeople, listActivities, readRestlista } from './activityReader';
import { createActivity } from './activityCreator';
import { updateActivity } from './activityUpdater';
import { deleteActivity } from './activityDeleter';
import { addComment } from './commentAdder';
import { readCategories, saveCategories } from './categoriesEditor';
import { readChecklist } from './checklistDocument';
import { addChecklistItem, changeChecklistItem } from './checklistEditor';
import { signChecklist, withdrawChecklistSignature } from './checklistSigner';
import { listMeetings, readMeeting } from './meetingDocument';
import { startMonthlyMeeting } from './meetingStarter';
import { recordMeetingDecision } from './meetingRecorder';
import { finishMonthlyMeeting } from './meetingFinisher';
import { chooseFollowUpChannel, nextMeeting, nextMeetingDate, previewFollowUpSchedule, readFollowUpSettings, saveFollowUpSettings } from './followUpSettings';
import { followUpItem, followUpSnapshot, postedReminders } from './followUpReader';
import { createTraining } from './trainingCreator';
import { updateTraining } from './trainingUpdater';
import { getTraining, listTrainings, myRegistrations, trainingAsSeenBy, trainingForCalendar, trainingRegistrations } from './trainingListing';
import { registerParticipant, signUpForTraining } from './trainingSignUp';
import { cancelRegistration } from './trainingCancellation';
import { markAttendance } from './attendanceMarker';
import { trainingStatistics } from './trainingStatistics';
import { claimTurn, forgetChat, rememberChat } from './chats';
import { rememberChannel, teamChanged, teamInstalled, teamUninstalled } from './teamChannels';
import { enqueueDueFollowUps, enqueueDueReminders } from './reminderQueue';
import { exportTrail, readTrail, verifyTrail } from './auditTrail';
import { documentsToReview, listDocuments, readDocument } from './documentRegisterReader';
import { createDocument, markDocumentReviewed, updateDocument } from './documentRegisterEditor';
import { addressOf, claimDue, collectNotices, forgetOldTurns, giveBack, markFailed, markSent, nextDeliveryAt, releaseLease, renewClaim, takeLease } from './delivery';
// Kostnadskalkyl (issue 16)
import { readCosts } from './costsDocument';
import {
  addCostRow,
  addCostScenario,
  addCostYear,
  changeCostRow,
  changeCostScenario,
  decideCostScenario,
  freezeCostBaseline,
  removeCostRow,
  setCostCell,
} from './costsEditor';

/**
 * The use cases, bound to the app's store and clock: the one door the adapters (api, bot, jobs,
 * web) have into the data. They get this object and never the store; each use case authorises
 * its caller itself where a person acts (the one place that does). Built once by the
 * composition root.
 */
export interface UseCaseServices {
  /** The organisation's directory (graph/, or the demo's). */
  directory?: Directory;
  /** Teams rosters (graph/): where the förvaltning team's roles come from. */
  rosters?: TeamRosters;
  /** The configured role lists (ROLE_*): break-glass, they only add. */
  lists?: RoleLists;
  /** How long the team and the rights are kept between reads (another instance's change shows within this). */
  accessTtlMs?: number;
  /** Outlook invitations (TRAININGS_MAILBOX): the trainings mailbox and the directory's addresses; none = off. */
  invitations?: InvitationServices;
}

const NO_LISTS: RoleLists = { leads: [], members: [], projectOwners: [] };
const ACCESS_TTL_MS = 5_000;

export function createUseCases(base: CommandContext, services: UseCaseServices = {}) {
  const invitations = services.invitations ?? null;
  const ctx: CommandContext = { ...base, invitations: invitations && { locale: invitations.locale } };
  const directory = services.directory ?? NO_DIRECTORY;
  const rosters = services.rosters ?? NO_ROSTERS;
  const lists = services.lists ?? NO_LISTS;
  const accessSources = accessSourceCache(ctx, services.accessTtlMs ?? ACCESS_TTL_MS);
  const keeper = { cache: accessSources, rosters };
  const bound =
    <A extends unknown[], R>(useCase: (ctx: CommandContext, ...args: A) => R) =>
    (...args: A): R =>
      useCase(ctx, ...args);
  return {
    /** The clock and the app's time zone: "today", due dates and times shown. */
    clock: { now: ctx.now, timeZone: ctx.timeZone },
    health: (): Promise<StoreHealth> => ctx.store.health(),
    activities: {
      list: bound(listActivities),
      details: bound(activityDetails),
      create: bound(createActivity),
      update: bound(updateActivity),
      remove: bound(deleteActivity),
      comment: bound(addComment),
      restlista: bound(readRestlista),
      people: bound(knownPeople),
    },
    /** Who may do what (domain/access.ts): identities for the adapters, the rights, the förvaltning team. */
    access: {
      identity: (caller: Caller) => resolveIdentity(accessSources, lists, caller),
      of: (caller: Caller) => accessOfCaller(accessSources, lists, caller),
      overview: (actor: Identity) => readAccessOverview(ctx, accessSources, { lists, rostersFromGraph: rosters.kind === 'graph' }, actor),
      grant: (expectedVersion: number, grant: Parameters<typeof grantRightTo>[3], actor: Identity) => grantRightTo(ctx, accessSources, expectedVersion, grant, actor),
      withdraw: (expectedVersion: number, grant: Parameters<typeof withdrawRightFrom>[3], actor: Identity) =>
        withdrawRightFrom(ctx, accessSources, expectedVersion, grant, actor),
      chooseTeam: (candidate: { id: string; name: string | null }, actor: Identity, opts?: { onlyIfNone?: boolean }) =>
        chooseForvaltningTeam(ctx, keeper, candidate, actor, opts),
      refreshRoster: () => refreshRoster(ctx, keeper),
      rostersFromGraph: rosters.kind === 'graph',
    },
    people: {
      find: (query: Parameters<typeof findPeople>[2], actor: Parameters<typeof findPeople>[3], assertion: string | null) =>
        findPeople(ctx, directory, query, actor, assertion),
    },
    categories: { read: bound(readCategories), save: bound(saveCategories) },
    checklist: {
      read: bound(readChecklist),
      addItem: bound(addChecklistItem),
      changeItem: bound(changeChecklistItem),
      sign: bound(signChecklist),
      withdrawSignature: bound(withdrawChecklistSignature),
    },
    meetings: {
      list: bound(listMeetings),
      read: bound(readMeeting),
      start: bound(startMonthlyMeeting),
      record: bound(recordMeetingDecision),
      finish: bound(finishMonthlyMeeting),
    },
    followUp: {
      settings: bound(readFollowUpSettings),
      saveSettings: bound(saveFollowUpSettings),
      preview: bound(previewFollowUpSchedule),
      chooseChannel: bound(chooseFollowUpChannel),
      nextMeeting: bound(nextMeeting),
      nextMeetingDate: bound(nextMeetingDate),
      snapshot: bound(followUpSnapshot),
      item: bound(followUpItem),
      posted: bound(postedReminders),
    },
    trainings: {
      list: bound(listTrainings),
      get: bound(getTraining),
      mine: bound(myRegistrations),
      registrations: bound(trainingRegistrations),
      statistics: bound(trainingStatistics),
      create: bound(createTraining),
      update: bound(updateTraining),
      signUp: bound(signUpForTraining),
      register: bound(registerParticipant),
      cancel: bound(cancelRegistration),
      markAttendance: bound(markAttendance),
      asSeenBy: bound(trainingAsSeenBy),
      forCalendar: bound(trainingForCalendar),
    },
    /** The trainings' Outlook invitations (issue 14); `on` false: the .ics file as before. */
    invitations: {
      on: invitations !== null,
      sync: (trainingId: string): Promise<SyncOutcome> =>
        invitations ? syncInvitation(ctx, invitations, trainingId) : Promise.resolve({ stopped: 'unavailable', detail: 'invitations.off' } as const),
      queueChecks: (round: string): Promise<number> => (invitations ? queueInvitationChecks(ctx, invitations.locale, round) : Promise.resolve(0)),
    },
    audit: { read: bound(readTrail), verify: bound(verifyTrail), export: bound(exportTrail) },
    chats: { remember: bound(rememberChat), forget: bound(forgetChat), claimTurn: bound(claimTurn) },
    channels: { remember: bound(rememberChannel), installed: bound(teamInstalled), uninstalled: bound(teamUninstalled), changed: bound(teamChanged) },
    reminders: { queueTrainings: bound(enqueueDueReminders), queueFollowUps: bound(enqueueDueFollowUps) },
    delivery: {
      takeLease: bound(takeLease),
      releaseLease: bound(releaseLease),
      collectNotices: bound(collectNotices),
      forgetOldTurns: bound(forgetOldTurns),
      nextAt: bound(nextDeliveryAt),
      claimDue: bound(claimDue),
      renewClaim: bound(renewClaim),
      markSent: bound(markSent),
      markFailed: bound(markFailed),
      giveBack: bound(giveBack),
      addressOf: bound(addressOf),
    },
    /** Kostnadskalkyl (issue 16). */
    costs: {
      read: bound(readCosts),
      setCell: bound(setCostCell),
      addRow: bound(addCostRow),
      changeRow: bound(changeCostRow),
      removeRow: bound(removeCostRow),
      addYear: bound(addCostYear),
      addScenario: bound(addCostScenario),
      changeScenario: bound(changeCostScenario),
      decide: bound(decideCostScenario),
      freezeBaseline: bound(freezeCostBaseline),
    },
    /** The förvaltningsdokumentation register (issue 16). */
    documents: {
      list: bound(listDocuments),
      read: bound(readDocument),
      toReview: bound(documentsToReview),
      create: bound(createDocument),
      update: bound(updateDocument),
      review: bound(markDocumentReviewed),
    },
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
export type Clock = UseCases['clock'];
