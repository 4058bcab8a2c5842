import { visibleAuditTypes } from './auditAccess';
import { AUDIT_RECORD_TYPES } from './audit';
import { Identity } from './roles';

const who = (role: Identity['role']): Identity => ({ id: `aad-${role}`, name: role, tenantId: null, role, rights: [] });

describe('who reads which part of the trail', () => {
  it('the förvaltningsledare and members: every kind of record they may read (today all of them); readers: none', () => {
    expect(visibleAuditTypes(who('förvaltningsledare'))).toEqual([...AUDIT_RECORD_TYPES]);
    expect(visibleAuditTypes(who('member'))).toEqual([...AUDIT_RECORD_TYPES]);
    expect(visibleAuditTypes(who('reader'))).toEqual([]);
  });
});
