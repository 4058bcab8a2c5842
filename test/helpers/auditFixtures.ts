import { AuditAction, AuditDraft, AuditFor, AuditRecordType, auditDraft } from '../../src/domain/audit';
import { Person } from '../../src/domain/person';

/** Who the fixtures' writes are by, when the test is not about who. */
export const fixtureActor: Person = { id: 'aad-fixture', name: 'Test Testsson' };
const AT = '2025-03-04T08:00:00.000Z';

const SOME_ACTION: Record<AuditRecordType, AuditAction> = {
  activity: 'activity.changed',
  checklist: 'checklist.itemChanged',
  meeting: 'meeting.decisionRecorded',
  training: 'training.changed',
  followUpSettings: 'followUpSettings.changed',
  categories: 'categories.changed',
  rights: 'rights.granted',
  team: 'team.rosterChanged',
  costs: 'costs.cellChanged',
  document: 'document.changed',
};

/** An entry for a write whose entry is not what the test is about (test/store/auditContract.ts tests those). */
export const entryFor = (type: AuditRecordType, id = 'default'): AuditDraft => auditDraft(AT, fixtureActor, { type, id }, SOME_ACTION[type]);

/** The same for a record that gets its id in the write. */
export const entryOnceNamed =
  (type: AuditRecordType): AuditFor =>
  (id) =>
    entryFor(type, id);
