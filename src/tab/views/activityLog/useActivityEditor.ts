import { useState } from 'react';
import { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { useT } from '../../i18n';
import type { Activity, Person } from '../../types';
import {
  EMPTY_VALUES,
  FIELD_ORDER,
  FieldErrors,
  FieldName,
  FormValues,
  changedFields,
  fieldsOf,
  fieldsOfActivity,
  patchOf,
  validate,
  valuesOf,
} from './form';
import { fieldId } from './ActivityFormFields';
import { NO_OWNER } from './query';
import { useCategories } from '../../categories';

export interface EditorCallbacks {
  onSaved: (activity: Activity, created: boolean) => void;
  onDeleted: (key: string) => void;
  /** The server sent the record as it is now (412): the grid can show it. */
  onCurrent: (activity: Activity) => void;
  /** Saved with nothing changed: just close. */
  onClose: () => void;
}


function focusField(field: FieldName) {
  // After React has rendered the message (and, for the resolution, the field itself).
  setTimeout(() => document.getElementById(fieldId(field))?.focus(), 0);
}

/**
 * The edit dialog's state and requests: create (POST), save only the changed fields (PATCH
 * with If-Match = the version the dialog was opened with), re-apply on top of a newer version
 * after a 412, take theirs, delete (DELETE with If-Match). What the user typed is kept on
 * every error.
 */
export function useActivityEditor(target: Activity | null, people: readonly Person[], callbacks: EditorCallbacks) {
  const { api } = useApp();
  const t = useT();
  const [opened, setOpened] = useState<Activity | null>(target);
  const categories = useCategories();
  // A new item starts in "Övrigt", or in the first active category if that one was retired.
  const blank: FormValues = categories.items.some((c) => c.name === EMPTY_VALUES.category && !c.retired)
    ? EMPTY_VALUES
    : { ...EMPTY_VALUES, category: categories.items.find((c) => !c.retired)?.name ?? EMPTY_VALUES.category };
  const [values, setValues] = useState<FormValues>(() => (target ? valuesOf(target) : blank));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Activity | null>(null);
  const [busy, setBusy] = useState<'save' | 'delete' | null>(null);
  // Owners picked in this dialog: one from the organisation's directory is in no list yet.
  const [picked, setPicked] = useState<Person[]>([]);

  // The owner as a Person: picked here, from the people list, or the record's own owner if the list lacks them.
  const known = [...picked, ...people, ...[opened?.owner, conflict?.owner].filter((p): p is Person => !!p)];
  const mine = fieldsOf(values, known);
  const base = opened ? fieldsOfActivity(opened) : fieldsOf(blank, known);
  const dirty = changedFields(mine, base).length > 0;

  const change = (next: Partial<FormValues>) => {
    setValues((v) => ({ ...v, ...next }));
    // A field's message goes away when the user changes that field.
    setErrors((e) => {
      const copy = { ...e };
      for (const k of Object.keys(next)) delete copy[(k === 'ownerId' ? 'owner' : k) as FieldName];
      return copy;
    });
  };

  const chooseOwner = (owner: Person | null) => {
    if (owner) setPicked((list) => [owner, ...list.filter((p) => p.id !== owner.id)]);
    change({ ownerId: owner?.id ?? NO_OWNER });
  };

  const fail = (error: unknown, what: 'save' | 'delete') => {
    const e = error as ApiError;
    if (e instanceof ApiError && e.status === 412 && e.current) {
      const current = e.current as Activity;
      setConflict(current);
      callbacks.onCurrent(current);
      return;
    }
    const field = e instanceof ApiError ? (e.field?.split('.')[0] as FieldName | undefined) : undefined;
    if (field && FIELD_ORDER.includes(field)) {
      setErrors((x) => ({ ...x, [field]: e.message }));
      focusField(field);
      return;
    }
    setFailure(t(what === 'save' ? 'tab.activityLog.dialog.failed' : 'tab.activityLog.delete.failed', { message: e.message }));
  };

  const send = async (ifMatch: number | null) => {
    const checked = validate(values, t);
    setErrors(checked);
    setFailure(null);
    const first = FIELD_ORDER.find((f) => checked[f]);
    if (first) {
      focusField(first);
      return;
    }
    setBusy('save');
    try {
      if (!opened) {
        callbacks.onSaved(await api.activities.create({ body: mine }), true);
        return;
      }
      const patch = patchOf(mine, base);
      if (Object.keys(patch).length === 0) {
        callbacks.onClose();
        return;
      }
      const saved = await api.activities.update({ params: { key: opened.key }, body: patch, ifMatch: ifMatch ?? opened.version });
      callbacks.onSaved(saved, false);
    } catch (e) {
      fail(e, 'save');
    } finally {
      setBusy(null);
    }
  };

  return {
    opened,
    values,
    errors,
    failure,
    conflict,
    busy,
    mine,
    dirty,
    change,
    /** Picks the owner (null: nobody), remembering the person for the save. */
    chooseOwner,
    /** Save with the version the dialog was opened with. */
    save: () => send(null),
    /** After a 412: the same changes, on top of the version that is there now. */
    reapply: () => conflict && send(conflict.version),
    /** After a 412: drop my changes and continue from the current version. */
    useTheirs: () => {
      if (!conflict) return;
      setOpened(conflict);
      setValues(valuesOf(conflict));
      setErrors({});
      setFailure(null);
      setConflict(null);
    },
    remove: async () => {
      if (!opened) return;
      setBusy('delete');
      setFailure(null);
      try {
        await api.activities.remove({ params: { key: opened.key }, ifMatch: opened.version });
        callbacks.onDeleted(opened.key);
      } catch (e) {
        fail(e, 'delete');
      } finally {
        setBusy(null);
      }
    },
  };
}
