import { RETAINED_RECORD_TYPES, retentionOf } from './retention';

describe('the retention catalogue', () => {
  it('keeps the audit trail, a public record, under the archive law until a decision says otherwise', () => {
    expect(RETAINED_RECORD_TYPES).toContain('auditTrail');
    expect(retentionOf('auditTrail')).toEqual({ publicRecord: true, rule: 'keep', basis: 'arkivlagen' });
  });
});
