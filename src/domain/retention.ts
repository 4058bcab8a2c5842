/**
 * How long the app keeps each type of its records: the catalogue the gallring (issue 18) will
 * govern, with a rule and its legal basis per type. Each feature that keeps records adds its type
 * here from its first commit. Until a decision says otherwise a type is kept: a public record
 * (allmän handling) may be disposed of only under a gallringsbeslut (arkivlagen 1990:782, 10 §).
 */
export const RETAINED_RECORD_TYPES = ['auditTrail'] as const;
export type RetainedRecordType = (typeof RETAINED_RECORD_TYPES)[number];

/** Why a rule holds, as a key the tab and exports say in words (`retention.basis.<key>`). */
export type RetentionBasis = 'arkivlagen';

export interface Retention {
  /** A public record (allmän handling) under the archive rules, not only personal data. */
  publicRecord: boolean;
  /** `keep`: never disposed of by the app; the gallring issue adds rules that dispose after a period. */
  rule: 'keep';
  basis: RetentionBasis;
}

const DEFAULTS: Record<RetainedRecordType, Retention> = {
  // The audit trail shows what happened to the other records: kept, so it can show it later.
  auditTrail: { publicRecord: true, rule: 'keep', basis: 'arkivlagen' },
};

export const retentionOf = (type: RetainedRecordType): Retention => DEFAULTS[type];
