import { AuditPage, AuditQuery, MAX_AUDIT_PAGE } from '../domain/audit';
import { CommandContext } from './context';

/** Every entry that matches (page after page), oldest first, with the people they name. */
export async function wholeTrail(ctx: CommandContext, query: Omit<AuditQuery, 'after' | 'limit' | 'order'>): Promise<AuditPage> {
  const whole: AuditPage = { entries: [], people: [], next: null };
  const people = new Map<string, AuditPage['people'][number]>();
  let after: number | undefined;
  do {
    const page = await ctx.store.audit.read({ ...query, after, limit: MAX_AUDIT_PAGE });
    whole.entries.push(...page.entries);
    for (const p of page.people) people.set(p.pseudonym, p);
    after = page.next ?? undefined;
  } while (after !== undefined);
  whole.people = [...people.values()];
  return whole;
}
