import { COST_SECTIONS, CostCalculation, CostRow, CostSection, MAX_COST_NAME, MAX_COST_NOTE } from './costModel';
import { rowId } from './costDefaults';
import { changed, costEntry } from './costAudit';
import { CostChange, CostEdit, nextVersion, stale, stamped } from './costs';
import { Result, fail, ok } from './problem';

/**
 * The rows: added at the end of their section, renamed, noted, moved within their section,
 * retired (kept with their amounts, taking no new ones), and removed only while every cell of
 * theirs is empty or 0 — a row that has amounts has history and can only be retired. Names are
 * unique within a section, case-insensitive. A change to a row conflicts when the row changed
 * after the version read; adding one never does (the name is checked against the rows now).
 */

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

function checkName(calc: CostCalculation, section: CostSection, name: string, except: string | null): Result<string> {
  const trimmed = name.trim();
  if (!trimmed) return fail('invalid', 'validation.required', { field: 'name' });
  if (trimmed.length > MAX_COST_NAME) return fail('invalid', 'validation.tooLong', { field: 'name', params: { max: MAX_COST_NAME } });
  if (calc.rows.some((r) => r.section === section && r.id !== except && sameName(r.name, trimmed)))
    return fail('invalid', 'costs.duplicateRow', { field: 'name', params: { name: trimmed } });
  return ok(trimmed);
}

function checkNote(note: string): Result<string> {
  return note.length > MAX_COST_NOTE ? fail('invalid', 'validation.tooLong', { field: 'note', params: { max: MAX_COST_NOTE } }) : ok(note);
}

const rowNumber = (id: string) => Number(id.slice(2)) || 0;

/** Appends a row at the end of its section. */
export function addRow(calc: CostCalculation, input: { section: CostSection; name: string; note?: string }, edit: CostEdit): Result<CostChange> {
  const name = checkName(calc, input.section, input.name, null);
  if (!name.ok) return name;
  const note = checkNote(input.note ?? '');
  if (!note.ok) return note;
  const number = Math.max(calc.lastRowNumber ?? 0, ...calc.rows.map((r) => rowNumber(r.id))) + 1;
  const row: CostRow = { id: rowId(number), section: input.section, name: name.value, note: note.value, retired: false, changedIn: nextVersion(calc) };
  // After the section's last row (sections in their fixed order: a section's first row goes after the sections before it).
  const at = calc.rows.filter((r) => sectionIndex(r.section) <= sectionIndex(input.section)).length;
  const rows = [...calc.rows.slice(0, at), row, ...calc.rows.slice(at)];
  return ok({
    calculation: stamped(calc, edit, { rows, lastRowNumber: number }),
    audit: costEntry(edit.at, edit.by, 'costs.rowAdded', { section: row.section, row: row.name }, [
      { field: 'rowId', from: null, to: row.id },
      ...(row.note ? [{ field: 'rowNote', from: null, to: { text: row.note } }] : []),
    ]),
  });
}

const sectionIndex = (s: CostSection) => COST_SECTIONS.indexOf(s);

export interface RowPatch {
  name?: string;
  note?: string;
  retired?: boolean;
  /** 0-based place within the row's section. */
  position?: number;
}

export function changeRow(calc: CostCalculation, id: string, patch: RowPatch, edit: CostEdit): Result<CostChange> {
  const row = calc.rows.find((r) => r.id === id);
  if (!row) return fail('not_found', 'costs.unknownRow', { params: { id } });
  if (row.changedIn > edit.read) return stale(calc);
  const name = patch.name === undefined ? ok(row.name) : checkName(calc, row.section, patch.name, row.id);
  if (!name.ok) return name;
  const note = patch.note === undefined ? ok(row.note) : checkNote(patch.note);
  if (!note.ok) return note;
  const next: CostRow = { ...row, name: name.value, note: note.value, retired: patch.retired ?? row.retired, changedIn: nextVersion(calc) };
  const siblings = calc.rows.filter((r) => r.section === row.section);
  const from = siblings.indexOf(row);
  const to = patch.position === undefined ? from : Math.min(patch.position, siblings.length - 1);
  const reordered = siblings.filter((r) => r !== row);
  reordered.splice(to, 0, next);
  let i = 0;
  const rows = calc.rows.map((r) => (r.section === row.section ? reordered[i++]! : r));
  const changes = [
    ...changed('rowName', row.name, next.name),
    ...(row.note === next.note ? [] : [{ field: 'rowNote', from: row.note ? { text: row.note } : null, to: next.note ? { text: next.note } : null }]),
    ...changed('rowRetired', row.retired, next.retired),
    ...changed('rowPosition', from + 1, to + 1),
  ];
  if (changes.length === 0) return fail('invalid', 'costs.unchanged', { field: 'body' });
  return ok({
    calculation: stamped(calc, edit, { rows }),
    audit: costEntry(edit.at, edit.by, 'costs.rowChanged', { section: row.section, row: row.name }, changes),
  });
}

/** Removes a row none of whose cells holds an amount (its empty/0 cells go with it); else `locked`: retire it instead. */
export function removeRow(calc: CostCalculation, id: string, edit: CostEdit): Result<CostChange> {
  const row = calc.rows.find((r) => r.id === id);
  if (!row) return fail('not_found', 'costs.unknownRow', { params: { id } });
  if (row.changedIn > edit.read) return stale(calc);
  const own = Object.entries(calc.cells).filter(([key]) => key.split('|').includes(id));
  if (own.some(([, cell]) => cell.entry.kronor !== 0)) return fail('locked', 'costs.rowHasAmounts', { params: { name: row.name } });
  const cells = Object.fromEntries(Object.entries(calc.cells).filter(([key]) => !key.split('|').includes(id)));
  const highest = Math.max(calc.lastRowNumber ?? 0, ...calc.rows.map((r) => rowNumber(r.id)));
  return ok({
    calculation: stamped(calc, edit, { rows: calc.rows.filter((r) => r.id !== id), cells, lastRowNumber: highest }),
    audit: costEntry(edit.at, edit.by, 'costs.rowRemoved', { section: row.section, row: row.name }, [{ field: 'rowId', from: row.id, to: null }]),
  });
}
