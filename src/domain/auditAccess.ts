import { AUDIT_RECORD_TYPES, AuditRecordType } from './audit';
import { Action, Identity, can } from './roles';

/**
 * Who may read which part of the trail: the förvaltningsledare all of it; anyone else who may
 * read the trail (roles.ts 'audit.read') the entries of the records they may see — a record
 * type's entries need the right to read that kind of record. One place, for the API's reads
 * and the export.
 */
const READ_RIGHT: Record<AuditRecordType, Action> = {
  activity: 'activity.read',
  meeting: 'activity.read',
  categories: 'activity.read',
  checklist: 'checklist.read',
  training: 'training.organise',
  followUpSettings: 'followUp.read',
  rights: 'access.read',
  team: 'access.read',
  costs: 'costs.read',
  document: 'documents.read',
};

export function visibleAuditTypes(who: Identity): AuditRecordType[] {
  if (!can(who, 'audit.read')) return [];
  return AUDIT_RECORD_TYPES.filter((type) => can(who, READ_RIGHT[type]));
}
