import type { Request, Server } from 'restify';
import { UseCases } from '../commands';
import { CostView } from '../domain/costModel';
import { CellInput } from '../domain/costs';
import { Result, ok } from '../domain/problem';
import { localDate } from '../domain/calendar';
import { t } from '../i18n';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import {
  costBaselineInput,
  costCellInput,
  costDecisionInput,
  costExportQueryInput,
  costRowCreateInput,
  costRowPatchInput,
  costScenarioCreateInput,
  costScenarioPatchInput,
  costYearInput,
} from './schemas';
import { costsCsv, costsXlsx } from './costsExport';

/**
 * /api/costs — the Kostnadskalkyl. Everyone signed in reads it; the förvaltningsledare changes
 * it, each write with If-Match = the version read and answering the new view with its ETag; a
 * 412 carries the view as it is now (`current`). What a write may touch, and when it conflicts,
 * is the domain's (domain/costs.ts); docs/costs.md says why.
 */
export function registerCostRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  const view = (v: CostView) => ({ json: v, headers: { etag: etag(v.calculation.version) } });
  const body = async (req: Request) => orFail(await readJson(req, maxBodyBytes));
  /** Writes without fields ("add a year", "freeze a baseline") may come without a body. */
  const optionalBody = async (req: Request): Promise<unknown> => {
    const read: Result<unknown> = await readJson(req, maxBodyBytes);
    return orFail(!read.ok && read.problem.code === 'validation.body' ? ok({}) : read);
  };

  serve(server, API.costs.read, deps, async ({ identity }) => view(orFail(await uc.costs.read(identity))));

  serve(server, API.costs.export, deps, async ({ req, identity, locale }) => {
    const { format } = orFail(parseWith(costExportQueryInput, req.query));
    const current = orFail(await uc.costs.read(identity));
    const now = uc.clock.now();
    const tr = (key: string, params?: Record<string, string | number>) => t(locale, key, params);
    const name = `${tr('costs.export.file')}-${localDate(now, uc.clock.timeZone)}.${format}`;
    const headers = { 'content-disposition': `attachment; filename="${name}"` };
    if (format === 'csv') return { body: costsCsv(current, tr), contentType: 'text/csv; charset=utf-8', headers };
    return { body: await costsXlsx(current, tr, now), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', headers };
  });

  serve(server, API.costs.setCell, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(costCellInput, await body(req)));
    const cell: CellInput =
      input.measure === 'budget'
        ? { measure: 'budget', scenario: input.scenario!, row: input.row, year: input.year, side: input.side, entry: input.entry }
        : { measure: 'outcome', row: input.row, year: input.year, side: input.side, entry: input.entry };
    return view(orFail(await uc.costs.setCell(version, cell, identity)));
  });

  serve(server, API.costs.addRow, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(costRowCreateInput, await body(req)));
    return view(orFail(await uc.costs.addRow(version, input, identity)));
  });

  serve(server, API.costs.changeRow, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const patch = orFail(parseWith(costRowPatchInput, await body(req)));
    return view(orFail(await uc.costs.changeRow(version, { id: req.params.id as string, patch }, identity)));
  });

  serve(server, API.costs.removeRow, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    return view(orFail(await uc.costs.removeRow(version, { id: req.params.id as string }, identity)));
  });

  serve(server, API.costs.addYear, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    orFail(parseWith(costYearInput, await optionalBody(req)));
    return view(orFail(await uc.costs.addYear(version, {}, identity)));
  });

  serve(server, API.costs.addScenario, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(costScenarioCreateInput, await body(req)));
    return view(orFail(await uc.costs.addScenario(version, input, identity)));
  });

  serve(server, API.costs.changeScenario, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(costScenarioPatchInput, await body(req)));
    return view(orFail(await uc.costs.changeScenario(version, { id: req.params.id as string, name: input.name }, identity)));
  });

  serve(server, API.costs.decide, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const input = orFail(parseWith(costDecisionInput, await body(req)));
    return view(orFail(await uc.costs.decide(version, { id: req.params.id as string, ...input }, identity)));
  });

  serve(server, API.costs.freezeBaseline, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    orFail(parseWith(costBaselineInput, await optionalBody(req)));
    return view(orFail(await uc.costs.freezeBaseline(version, {}, identity)));
  });
}
