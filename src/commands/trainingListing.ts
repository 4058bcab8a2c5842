import { Training, TrainingKind, TrainingStatus, byStart, isInvited } from '../domain/training';
import { Registration, byArrival, waitlistPositions } from '../domain/registration';
import { MyRegistration, PlacedRegistration, TrainingView, Viewer, trainingView } from '../domain/trainingView';
import { Identity, can } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { isIsoDate, startOfDay } from '../domain/calendar';
import { CommandContext, authorize } from './context';
import { InvitationRecord } from '../domain/invitationRecord';
import { invitationOf } from './invitationSync';

/** The invitation records while invitations are on: all of them for a list, or the one training's. */
async function invitationRecords(ctx: CommandContext, trainingId?: string): Promise<Map<string, InvitationRecord> | null> {
  if (!ctx.invitations) return null;
  if (trainingId === undefined) return new Map((await ctx.store.invitations.list()).map((r) => [r.trainingId, r]));
  const record = await ctx.store.invitations.get(trainingId);
  return new Map(record ? [[trainingId, record]] : []);
}

/** The training as `viewer` sees it, with its Outlook invitation when invitations are on. */
function viewOf(ctx: CommandContext, training: Training, registrations: readonly Registration[], viewer: Viewer, records: Map<string, InvitationRecord> | null) {
  const invitation = records ? invitationOf(ctx, training, registrations, records.get(training.id), viewer.organiser) : null;
  return trainingView(training, registrations, viewer, ctx.now(), invitation);
}

/**
 * Reading trainings, shared by the tab (API) and the bot: each training as the viewer sees it
 * (domain/trainingView.ts). Invite-only trainings are shown to the invited, to those registered
 * and to organisers only.
 */
export interface TrainingFilter {
  /** Trainings that end at or after this: a date (from the start of that day in the app's zone) or an instant; default now (upcoming and ongoing). */
  from?: string;
  status?: TrainingStatus[];
  kind?: TrainingKind[];
  /** Every training, past ones too (`from` is then ignored). */
  all?: boolean;
}

const viewerOf = (who: Identity): Viewer => ({ id: who.id, organiser: can(who, 'training.organise') });

const visibleTo = (viewer: Identity, training: Training, registrations: readonly Registration[]): boolean =>
  can(viewer, 'training.organise') || isInvited(training, viewer.id) || registrations.some((r) => r.userId === viewer.id);

function groupByTraining(registrations: readonly Registration[]): Map<string, Registration[]> {
  const groups = new Map<string, Registration[]>();
  for (const r of registrations) {
    const group = groups.get(r.trainingId);
    if (group) group.push(r);
    else groups.set(r.trainingId, [r]);
  }
  return groups;
}

/** Trainings by start, upcoming by default (end ≥ now), each with seats and the viewer's registration. */
export async function listTrainings(ctx: CommandContext, viewer: Identity, filter: TrainingFilter = {}): Promise<Result<TrainingView[]>> {
  const allowed = authorize(viewer, 'training.signUp');
  if (!allowed.ok) return allowed;
  const now = ctx.now();
  const from = (filter.from === undefined ? now : isIsoDate(filter.from) ? startOfDay(filter.from, ctx.timeZone) : new Date(filter.from)).toISOString();
  const [trainings, registrations, records] = await Promise.all([ctx.store.trainings.list(), ctx.store.trainings.allRegistrations(), invitationRecords(ctx)]);
  const byTraining = groupByTraining(registrations);
  return ok(
    trainings
      .filter((t) => filter.all || t.end >= from)
      .filter((t) => !filter.status?.length || filter.status.includes(t.status))
      .filter((t) => !filter.kind?.length || filter.kind.includes(t.kind))
      .filter((t) => visibleTo(viewer, t, byTraining.get(t.id) ?? []))
      .sort(byStart)
      .map((t) => viewOf(ctx, t, byTraining.get(t.id) ?? [], viewerOf(viewer), records)),
  );
}

/** One training as the viewer sees it; an invite-only training they may not see does not exist for them. */
export async function getTraining(ctx: CommandContext, id: string, viewer: Identity): Promise<Result<TrainingView>> {
  const allowed = authorize(viewer, 'training.signUp');
  if (!allowed.ok) return allowed;
  const [training, registrations, records] = await Promise.all([ctx.store.trainings.get(id), ctx.store.trainings.registrations(id), invitationRecords(ctx, id)]);
  if (!training || !visibleTo(viewer, training, registrations)) return fail('not_found', 'training.notFound', { params: { id } });
  return ok(viewOf(ctx, training, registrations, viewerOf(viewer), records));
}

/**
 * The viewer's own registrations (mina anmälningar), by the training's start: active ones
 * (not cancelled) of trainings that have not ended, or with `all` every one.
 */
export async function myRegistrations(ctx: CommandContext, viewer: Identity, opts: { all?: boolean } = {}): Promise<Result<MyRegistration[]>> {
  const allowed = authorize(viewer, 'training.signUp');
  if (!allowed.ok) return allowed;
  const now = ctx.now();
  const mine = (await ctx.store.trainings.registrationsOf(viewer.id)).filter((r) => opts.all || r.status !== 'cancelled');
  const records = mine.length ? await invitationRecords(ctx) : null;
  const items: MyRegistration[] = [];
  for (const registration of mine) {
    const [training, registrations] = await Promise.all([
      ctx.store.trainings.get(registration.trainingId),
      ctx.store.trainings.registrations(registration.trainingId),
    ]);
    if (!training || (!opts.all && training.end < now.toISOString())) continue;
    const view = viewOf(ctx, training, registrations, viewerOf(viewer), records);
    items.push({ registration, position: view.myPosition, training: view });
  }
  return ok(items.sort((a, b) => byStart(a.training, b.training)));
}

/** The organiser's list: every registration in arrival order, with waitlist positions. */
export async function trainingRegistrations(
  ctx: CommandContext,
  id: string,
  actor: Identity,
): Promise<Result<{ training: TrainingView; registrations: PlacedRegistration[] }>> {
  const allowed = authorize(actor, 'training.organise');
  if (!allowed.ok) return allowed;
  const [training, registrations, records] = await Promise.all([ctx.store.trainings.get(id), ctx.store.trainings.registrations(id), invitationRecords(ctx, id)]);
  if (!training) return fail('not_found', 'training.notFound', { params: { id } });
  const positions = waitlistPositions(registrations);
  return ok({
    training: viewOf(ctx, training, registrations, viewerOf(actor), records),
    registrations: [...registrations]
      .sort(byArrival)
      .map((r) => ({ ...r, position: r.status === 'waitlisted' ? (positions.get(r.userId) ?? null) : null })),
  });
}

/** A training as one person sees it now, for a message to them (no right asked: the message was queued for them). */
export async function trainingAsSeenBy(ctx: CommandContext, trainingId: string, userId: string): Promise<TrainingView | null> {
  const [training, registrations, records] = await Promise.all([ctx.store.trainings.get(trainingId), ctx.store.trainings.registrations(trainingId), invitationRecords(ctx, trainingId)]);
  return training ? viewOf(ctx, training, registrations, { id: userId, organiser: false }, records) : null;
}

/** A training for its calendar file (the link is signed for the person: no sign-in). */
export async function trainingForCalendar(ctx: CommandContext, trainingId: string): Promise<Training | undefined> {
  return ctx.store.trainings.get(trainingId);
}
