import { DateTime } from 'luxon';
import { TRAINING_KINDS, Training, TrainingKind } from './training';
import { Registration, holdsSeat } from './registration';

/**
 * The organisers' numbers: trainings and unique participants per month, per kind and per
 * department, and in total. A participant is a confirmed or attended registration of a
 * training that was not cancelled; unique means distinct people (userId). Months are those of
 * the training's start in the given time zone (Europe/Stockholm in the app).
 */
export interface StatsFigures {
  /** Trainings not cancelled (held + planned) with the row's month/kind; per department: those with a participant from it. */
  trainings: number;
  /** Of those, held (genomförda). */
  held: number;
  /** Distinct people. */
  participants: number;
  /** Seats taken, counting a person once per training. */
  participations: number;
}

export interface TrainingStats {
  total: StatsFigures;
  /** Oldest month first, from the first month with a training to the last, months without one as zeros. */
  byMonth: (StatsFigures & { month: string })[];
  /** Every kind, in the order of TRAINING_KINDS. */
  byKind: (StatsFigures & { kind: TrainingKind })[];
  /** Most participants first, then by name; people whose department is unknown are one bucket (null), last. */
  byDepartment: (StatsFigures & { department: string | null })[];
}

class Bucket {
  private readonly trainingIds = new Set<string>();
  private readonly heldIds = new Set<string>();
  private readonly people = new Set<string>();
  private participationCount = 0;

  addTraining(t: Training): void {
    this.trainingIds.add(t.id);
    if (t.status === 'held') this.heldIds.add(t.id);
  }

  addParticipant(t: Training, userId: string): void {
    this.addTraining(t);
    this.people.add(userId);
    this.participationCount++;
  }

  figures(): StatsFigures {
    return {
      trainings: this.trainingIds.size,
      held: this.heldIds.size,
      participants: this.people.size,
      participations: this.participationCount,
    };
  }
}

function bucketIn<K>(map: Map<K, Bucket>, key: K): Bucket {
  let bucket = map.get(key);
  if (!bucket) map.set(key, (bucket = new Bucket()));
  return bucket;
}

const EMPTY: StatsFigures = { trainings: 0, held: 0, participants: 0, participations: 0 };

/** Every month (yyyy-MM) from the earliest of `months` to the latest, in order; none for none. */
function monthsBetween(months: readonly string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const last = DateTime.fromFormat(sorted.at(-1)!, 'yyyy-MM', { zone: 'utc' });
  const all: string[] = [];
  for (let m = DateTime.fromFormat(sorted[0]!, 'yyyy-MM', { zone: 'utc' }); m <= last; m = m.plus({ months: 1 })) all.push(m.toFormat('yyyy-MM'));
  return all;
}

export function trainingStats(
  trainings: readonly Training[],
  registrations: readonly Registration[],
  timeZone: string,
): TrainingStats {
  const counted = new Map(trainings.filter((t) => t.status !== 'cancelled').map((t) => [t.id, t]));
  const total = new Bucket();
  const months = new Map<string, Bucket>();
  const kinds = new Map<TrainingKind, Bucket>(TRAINING_KINDS.map((k) => [k, new Bucket()]));
  const departments = new Map<string | null, Bucket>();
  const monthOf = new Map<string, string>();

  for (const t of counted.values()) {
    const month = DateTime.fromISO(t.start, { zone: 'utc' }).setZone(timeZone).toFormat('yyyy-MM');
    monthOf.set(t.id, month);
    total.addTraining(t);
    bucketIn(months, month).addTraining(t);
    bucketIn(kinds, t.kind).addTraining(t);
  }

  // One participation per person and training, even if the data held two registrations.
  const seen = new Set<string>();
  for (const r of registrations) {
    const t = counted.get(r.trainingId);
    if (!t || !holdsSeat(r)) continue;
    const key = `${r.trainingId}\u0000${r.userId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total.addParticipant(t, r.userId);
    bucketIn(months, monthOf.get(t.id)!).addParticipant(t, r.userId);
    bucketIn(kinds, t.kind).addParticipant(t, r.userId);
    bucketIn(departments, r.department?.trim() || null).addParticipant(t, r.userId);
  }

  return {
    total: total.figures(),
    byMonth: monthsBetween([...months.keys()]).map((month) => ({ month, ...(months.get(month)?.figures() ?? EMPTY) })),
    byKind: TRAINING_KINDS.map((kind) => ({ kind, ...kinds.get(kind)!.figures() })),
    byDepartment: [...departments.entries()]
      .map(([department, b]) => ({ department, ...b.figures() }))
      .sort(
        (a, b) =>
          Number(a.department === null) - Number(b.department === null) ||
          b.participants - a.participants ||
          (a.department ?? '').localeCompare(b.department ?? '', 'sv'),
      ),
  };
}
