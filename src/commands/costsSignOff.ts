import { Checklist } from '../domain/checklist';
import { freezeBaseline } from '../domain/costs';
import { Person } from '../domain/person';
import { fail } from '../domain/problem';
import { CommandContext } from './context';
import { loadCosts, writeCosts } from './costsDocument';

/**
 * The baseline frozen at the handover sign-off: when a signature completes the sign-off, a
 * scenario is decided and no sign-off baseline exists yet, the decided scenario's budget is
 * frozen (reason 'signOff', by the person whose signature completed it). It is a second write
 * after the checklist's, not part of it: the sign-off stands even if this one fails (the store
 * down in between), and the förvaltningsledare can then freeze a baseline by hand.
 */
export async function freezeAtSignOff(ctx: CommandContext, checklist: Checklist, by: Person): Promise<void> {
  if (!checklist.signedOffAt) return;
  try {
    const current = await loadCosts(ctx);
    if (!current.scenarios.some((s) => s.decided) || current.baselines.some((b) => b.reason === 'signOff')) return;
    // Decided on what is stored at the write (the app's own change: no version read by a person to conflict with).
    await writeCosts(ctx, by, current.version, (c, edit) =>
      c.baselines.some((b) => b.reason === 'signOff')
        ? fail('invalid', 'costs.signOffBaselineExists')
        : freezeBaseline(c, 'signOff', { ...edit, read: c.version }),
    );
  } catch {
    // The sign-off is stored and answered; a failed freeze leaves the baseline to be frozen by hand (docs/costs.md).
  }
}
