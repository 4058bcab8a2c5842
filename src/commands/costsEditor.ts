import { CostSection, CostView } from '../domain/costModel';
import { CellInput, addYear, freezeBaseline, setCell } from '../domain/costs';
import { RowPatch, addRow, changeRow, removeRow } from '../domain/costRows';
import { addScenario, changeScenario, decideScenario } from '../domain/costScenarios';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { CommandContext } from './context';
import { editCosts } from './costsDocument';

/**
 * The förvaltningsledare's edits of the cost calculation (PUT/POST/PATCH/DELETE under
 * /api/costs), each with If-Match = the version read; every one answers the new view.
 */
type Edit<I> = (ctx: CommandContext, read: number, input: I, actor: Identity) => Promise<Result<CostView>>;

export const setCostCell: Edit<CellInput> = (ctx, read, input, actor) => editCosts(ctx, actor, read, (c, e) => setCell(c, input, e));
export const addCostRow: Edit<{ section: CostSection; name: string; note?: string }> = (ctx, read, input, actor) =>
  editCosts(ctx, actor, read, (c, e) => addRow(c, input, e));
export const changeCostRow: Edit<{ id: string; patch: RowPatch }> = (ctx, read, input, actor) =>
  editCosts(ctx, actor, read, (c, e) => changeRow(c, input.id, input.patch, e));
export const removeCostRow: Edit<{ id: string }> = (ctx, read, input, actor) => editCosts(ctx, actor, read, (c, e) => removeRow(c, input.id, e));
export const addCostYear: Edit<Record<never, never>> = (ctx, read, _input, actor) => editCosts(ctx, actor, read, (c, e) => addYear(c, e));
export const addCostScenario: Edit<{ name: string; copyOf: string }> = (ctx, read, input, actor) =>
  editCosts(ctx, actor, read, (c, e) => addScenario(c, input, e));
export const changeCostScenario: Edit<{ id: string; name: string }> = (ctx, read, input, actor) =>
  editCosts(ctx, actor, read, (c, e) => changeScenario(c, input.id, { name: input.name }, e));
export const decideCostScenario: Edit<{ id: string; on: string; link: string | null }> = (ctx, read, input, actor) =>
  editCosts(ctx, actor, read, (c, e) => decideScenario(c, input.id, { on: input.on, link: input.link }, e));
export const freezeCostBaseline: Edit<Record<never, never>> = (ctx, read, _input, actor) =>
  editCosts(ctx, actor, read, (c, e) => freezeBaseline(c, 'manual', e));
