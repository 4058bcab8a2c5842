import { DateTime } from 'luxon';
import { CommandContext } from '../commands/context';
import { CostDecision, loadCosts, writeCosts } from '../commands/costsDocument';
import { CostCalculation, CostSection, CostSide } from '../domain/costModel';
import { freezeBaseline, setCell } from '../domain/costs';
import { CostEntryInput } from '../domain/costEntry';
import { addRow, changeRow } from '../domain/costRows';
import { addScenario, decideScenario } from '../domain/costScenarios';
import { Person } from '../domain/person';
import { unwrap } from '../domain/problem';
import { findDevUser } from '../auth/devUsers';

/**
 * The demo Kostnadskalkyl: the current year and the next two, the three telephony scenarios the
 * rollout project left open ("Nuvarande telefoni", "Inringning till Teams-möten", "Teams som
 * softphone"), licences for about 1 050 staff, the operator agreement, consultants, the SBC
 * integration and the three internal roles as FTE × a yearly cost; this year's utfall; the
 * softphone scenario decided (with a link to the decision), a baseline frozen, and a few budget
 * changes after it so the comparison shows something. Written through the same writes as the API,
 * a few weeks back in time, so the Händelselogg has the history. Once, into an empty calculation.
 */
const STAFF = 1_050;
const kr = (kronor: number): CostEntryInput => ({ kind: 'kronor', kronor });
const fte = (n: number, ratePerYear: number): CostEntryInput => ({ kind: 'fte', fte: n, ratePerYear });

/** Per row: the amount for each of the three years (null: none). */
type Plan = Record<string, [CostSide, (CostEntryInput | null)[]]>;

const CURRENT: Plan = {
  'Microsoft 365-licenser': ['external', [kr(STAFF * 3_060), kr(STAFF * 3_150), kr(STAFF * 3_250)]],
  'Operatörsavtal (växel och nummer)': ['external', [kr(1_180_000), kr(1_220_000), kr(1_260_000)]],
  Konsultstöd: ['external', [kr(150_000), kr(150_000), kr(150_000)]],
  'Integration växel–Teams': ['external', [kr(90_000), kr(90_000), kr(90_000)]],
  Förvaltningsledare: ['internal', [fte(1, 780_000), fte(1, 800_000), fte(1, 820_000)]],
  Systemansvar: ['internal', [fte(0.5, 720_000), fte(0.5, 740_000), fte(0.5, 760_000)]],
  'Drift och underhåll (infra)': ['internal', [fte(0.75, 700_000), fte(0.75, 715_000), fte(0.75, 730_000)]],
};

/** What differs from the current telephony. */
const DIAL_IN: Plan = {
  'Audio Conferencing': ['external', [kr(220 * 48 * 12), kr(220 * 48 * 12), kr(220 * 50 * 12)]],
  'Operatörsavtal (växel och nummer)': ['external', [kr(1_150_000), kr(1_120_000), kr(1_150_000)]],
  Konsultstöd: ['external', [kr(260_000), kr(150_000), kr(150_000)]],
};
const SOFTPHONE: Plan = {
  'Teams Phone': ['external', [kr(STAFF * 96 * 12), kr(STAFF * 96 * 12), kr(STAFF * 100 * 12)]],
  'Audio Conferencing': ['external', [kr(220 * 48 * 12), kr(220 * 48 * 12), kr(220 * 50 * 12)]],
  'Operatörsavtal (växel och nummer)': ['external', [kr(640_000), kr(450_000), kr(460_000)]],
  Konsultstöd: ['external', [kr(620_000), kr(220_000), kr(160_000)]],
  'Integration växel–Teams': ['external', [kr(380_000), kr(120_000), kr(120_000)]],
  Systemansvar: ['internal', [fte(0.75, 720_000), fte(0.75, 740_000), fte(0.6, 760_000)]],
};

/** This year's utfall, row by row. */
const OUTCOME: Record<string, [CostSide, CostEntryInput]> = {
  'Microsoft 365-licenser': ['external', kr(3_198_400)],
  'Operatörsavtal (växel och nummer)': ['external', kr(1_204_750)],
  Konsultstöd: ['external', kr(187_500)],
  'Integration växel–Teams': ['external', kr(64_200)],
  Förvaltningsledare: ['internal', fte(1, 780_000)],
  Systemansvar: ['internal', { kind: 'hours', hours: 912.5, ratePerHour: 495 }],
  'Drift och underhåll (infra)': ['internal', fte(0.8, 700_000)],
};

const NEW_ROWS: [CostSection, string, string][] = [
  ['licenser', 'Teams Phone', `1 050 användare × 96 kr/mån (offert 2026-09)`],
  ['licenser', 'Audio Conferencing', '220 mötesarrangörer × 48 kr/mån'],
  ['licenser', 'Operatörsavtal (växel och nummer)', 'Ramavtal telefoni, samtal och nummer'],
];
const RENAMED: [string, string, string][] = [
  ['K-01', 'Microsoft 365-licenser', `1 050 anställda × A3-licens enligt avtal 2026–2028`],
  ['K-02', 'Konsultstöd', 'Avrop på ramavtal, timpris 1 250 kr'],
  ['K-03', 'Integration växel–Teams', 'SBC och Direct Routing; underhåll enligt offert'],
];

export async function seedDemoCosts(ctx: CommandContext): Promise<boolean> {
  if (await ctx.store.costs.get()) return false;
  const lead = findDevUser('lead');
  if (!lead) throw new Error('demo user lead is missing');
  const by: Person = { id: lead.id, name: lead.name };
  const now = ctx.now();
  let minutes = 0;
  /** Each write a little after the one before, starting six weeks back. */
  const write = async (daysAgo: number, decide: CostDecision) => {
    const at = DateTime.fromJSDate(now).minus({ days: daysAgo }).plus({ minutes: minutes++ }).toJSDate();
    const current = await loadCosts(ctx);
    // A scenario's plan may repeat what its copy already has: then nothing is written.
    unwrap(await writeCosts({ ...ctx, now: () => at }, by, current.version, decide));
  };
  const calc = await loadCosts(ctx);
  const years = calc.years;
  const rowId = (c: CostCalculation, name: string) => c.rows.find((r) => r.name === name)!.id;
  const fill = async (daysAgo: number, scenario: string, plan: Plan) => {
    for (const [name, [side, amounts]] of Object.entries(plan))
      for (const [i, entry] of amounts.entries()) {
        if (!entry) continue;
        await write(daysAgo, (c, e) => setCell(c, { measure: 'budget', scenario, row: rowId(c, name), year: years[i]!, side, entry }, e));
      }
  };

  for (const [id, name, note] of RENAMED) await write(42, (c, e) => changeRow(c, id, { name, note }, e));
  for (const [section, name, note] of NEW_ROWS) await write(42, (c, e) => addRow(c, { section, name, note }, e));
  await fill(41, 'S-1', CURRENT);
  await write(35, (c, e) => addScenario(c, { name: 'Inringning till Teams-möten', copyOf: 'S-1' }, e));
  await fill(35, 'S-2', DIAL_IN);
  await write(34, (c, e) => addScenario(c, { name: 'Teams som softphone', copyOf: 'S-1' }, e));
  await fill(34, 'S-3', SOFTPHONE);
  for (const [name, [side, entry]] of Object.entries(OUTCOME))
    await write(20, (c, e) => setCell(c, { measure: 'outcome', row: rowId(c, name), year: years[0]!, side, entry }, e));
  const decidedOn = DateTime.fromJSDate(now).setZone(ctx.timeZone).minus({ days: 18 }).toISODate()!;
  await write(18, (c, e) => decideScenario(c, 'S-3', { on: decidedOn, link: 'https://exempel.sharepoint.com/sites/o365-forvaltning/Delade%20dokument/Beslut%20telefoni.pdf' }, e));
  await write(18, (c, e) => freezeBaseline(c, 'manual', e));
  // After the baseline: the operator's final offer, a longer migration, and a licence price rise.
  await write(6, (c, e) => setCell(c, { measure: 'budget', scenario: 'S-3', row: rowId(c, 'Operatörsavtal (växel och nummer)'), year: years[1]!, side: 'external', entry: kr(480_000) }, e));
  await write(5, (c, e) => setCell(c, { measure: 'budget', scenario: 'S-3', row: rowId(c, 'Konsultstöd'), year: years[1]!, side: 'external', entry: kr(310_000) }, e));
  await write(2, (c, e) => setCell(c, { measure: 'budget', scenario: 'S-3', row: rowId(c, 'Microsoft 365-licenser'), year: years[2]!, side: 'external', entry: kr(STAFF * 3_390) }, e));
  return true;
}
