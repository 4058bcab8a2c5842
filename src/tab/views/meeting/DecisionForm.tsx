import { Button, Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, Next20Regular } from '@fluentui/react-icons';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { Notice } from '../../components/Notice';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { formatDate, useLocale, useT } from '../../i18n';
import { PRIORITIES } from '../../../domain/activity';
import type { Activity, Person, Priority, Status } from '../../types';
import { isIsoDate } from '../restlista/dates';
import { STATUS_ORDER, isClosing } from '../restlista/statuses';
import { OwnerField } from './OwnerField';
import { useMeetingStyles } from './styles';
import type { Draft, Meeting, RecordedEntry } from './types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', alignItems: 'start', gap: tokens.spacingHorizontalL },
});

type FieldName = 'note' | 'status' | 'resolution' | 'dueDate' | 'owner' | 'priority';
const FIELDS: readonly string[] = ['note', 'status', 'resolution', 'dueDate', 'owner', 'priority'];

interface Props {
  activity: Activity;
  meetingId: string;
  loading: boolean;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  onConflict: (current: Activity) => void;
  onRecorded: (meeting: Meeting, activity: Activity) => void;
  onSkip: () => void;
  onPrevious?: () => void;
  onShowMinutes: () => void;
}

/**
 * The decision for one item: note (required), who takes it (the owner) and its priority, new
 * status (closing needs a resolution note), new due date. Choosing an owner while the note is
 * empty writes "X tar den." as the note, the most common decision. "Spara och nästa" records the
 * entry with the item's version; a conflict (412) keeps everything typed and shows the item as it
 * is now.
 */
export function DecisionForm({ activity, meetingId, loading, draft, onDraft, onConflict, onRecorded, onSkip, onPrevious, onShowMinutes }: Props) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const ms = useMeetingStyles();
  const { api } = useApp();
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [conflict, setConflict] = useState<{ message: string; current: Activity } | null>(null);
  const [failure, setFailure] = useState<{ message: string; finished: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const resolutionRef = useRef<HTMLTextAreaElement>(null);
  const dueRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (patch: Partial<Draft>) => onDraft({ ...draft, ...patch });
  const statusName = (s: Status) => t(`tab.status.${s}`);
  const newStatus = draft.status && draft.status !== activity.status ? (draft.status as Status) : undefined;
  const closing = newStatus !== undefined && isClosing(newStatus);
  const ownerId = (p: Person | null | undefined) => p?.id ?? null;
  const newOwner = draft.owner !== undefined && ownerId(draft.owner) !== ownerId(activity.owner) ? { owner: draft.owner } : {};
  const newPriority = draft.priority && draft.priority !== activity.priority ? (draft.priority as Priority) : undefined;
  const takesIt = (p: Person | null | undefined) => (p ? t('tab.meeting.form.takesIt', { name: p.name }) : '');

  const chooseOwner = (owner: Person | null) => {
    // Choosing the owner the item has is no change.
    const chosen = ownerId(owner) === ownerId(activity.owner) ? undefined : owner;
    // "X tar den." fills an empty note, and follows the choice while it is still the note's only text.
    const note = draft.note.trim();
    const ours = !note || note === takesIt(draft.owner);
    set({ owner: chosen, ...(ours ? { note: takesIt(chosen) } : {}) });
  };

  const validate = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!draft.note.trim()) found.note = t('tab.meeting.form.required');
    if (closing && !draft.resolution.trim()) found.resolution = t('tab.meeting.form.required');
    if (draft.dueDate && !isIsoDate(draft.dueDate)) found.dueDate = t('tab.meeting.form.invalidDate');
    return found;
  };

  const focusField = (field: FieldName | undefined) => {
    if (field === 'note') noteRef.current?.focus();
    else if (field === 'resolution') resolutionRef.current?.focus();
    else if (field === 'dueDate') dueRef.current?.focus();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusField((['note', 'resolution', 'dueDate'] as const).find((f) => found[f]));
      return;
    }
    setFailure(null);
    setBusy(true);
    const body = {
      activityKey: activity.key,
      activityVersion: activity.version,
      note: draft.note.trim(),
      ...(newStatus ? { status: newStatus } : {}),
      ...(closing ? { resolution: draft.resolution.trim() } : {}),
      ...(draft.dueDate && draft.dueDate !== activity.dueDate ? { dueDate: draft.dueDate } : {}),
      ...newOwner,
      ...(newPriority ? { priority: newPriority } : {}),
    };
    try {
      const recorded = await api.meetings.record({ params: { id: meetingId }, body });
      setBusy(false);
      setConflict(null);
      onRecorded(recorded.meeting, recorded.activity);
    } catch (e) {
      setBusy(false);
      const error = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
      if (error.status === 412 && error.current) {
        const current = error.current as Activity;
        setConflict({ message: error.message, current });
        onConflict(current);
      } else if (error.status === 400 && error.field && FIELDS.includes(error.field)) {
        setErrors({ [error.field]: error.message });
        focusField(error.field as FieldName);
      } else {
        setFailure({ message: error.message, finished: error.status === 409 });
      }
    }
  };

  // Ctrl+Enter (⌘+Enter) saves from anywhere in the form, also from the note.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const due = activity.dueDate ? formatDate(activity.dueDate, locale) : t('tab.meeting.item.noDue');

  return (
    <form ref={formRef} className={styles.form} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-labelledby="meeting-form-heading" noValidate>
      <h4 id="meeting-form-heading" className={ms.h4}>
        {t('tab.meeting.form.heading')}
      </h4>
      {conflict && (
        <Notice intent="warning" title={t('tab.meeting.conflict.title', { key: activity.key })} data-testid="meeting-conflict">
          {t('tab.meeting.conflict.body', {
            message: conflict.message,
            status: statusName(conflict.current.status),
            due: conflict.current.dueDate ? formatDate(conflict.current.dueDate, locale) : t('tab.meeting.item.noDue'),
            owner: conflict.current.owner?.name ?? t('tab.unassigned'),
          })}
        </Notice>
      )}
      {failure && (
        <Notice
          intent="error"
          title={t('tab.meeting.error.title')}
          actions={failure.finished && <Button onClick={onShowMinutes}>{t('tab.meeting.showMinutes')}</Button>}
        >
          {failure.message}
        </Notice>
      )}
      <Field label={t('tab.meeting.form.note')} hint={t('tab.meeting.form.noteHint')} required validationMessage={errors.note}>
        <Textarea ref={noteRef} value={draft.note} onChange={(_, data) => set({ note: data.value })} resize="vertical" rows={3} />
      </Field>
      <div className={styles.fields}>
        <OwnerField current={activity.owner} value={draft.owner} validationMessage={errors.owner} onChange={chooseOwner} />
        <Field label={t('tab.meeting.form.priority')} validationMessage={errors.priority}>
          <Select value={draft.priority} onChange={(_, data) => set({ priority: data.value })}>
            <option value="">{t('tab.meeting.form.priorityUnchanged', { priority: t(`tab.priority.${activity.priority}`) })}</option>
            {PRIORITIES.filter((p) => p !== activity.priority).map((p) => (
              <option key={p} value={p}>
                {t(`tab.priority.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('tab.meeting.form.status')} validationMessage={errors.status}>
          <Select value={draft.status} onChange={(_, data) => set({ status: data.value })}>
            <option value="">{t('tab.meeting.form.statusUnchanged', { status: statusName(activity.status) })}</option>
            {STATUS_ORDER.filter((s) => s !== activity.status).map((s) => (
              <option key={s} value={s}>
                {statusName(s)}
              </option>
            ))}
          </Select>
        </Field>
        <LocalDatePicker
          label={t('tab.meeting.form.dueDate')}
          hint={activity.dueDate ? t('tab.meeting.form.dueDateHint', { date: due }) : t('tab.meeting.form.dueDateHintNone')}
          validationMessage={errors.dueDate}
          inputRef={dueRef}
          value={draft.dueDate || null}
          onChange={(date) => set({ dueDate: date ?? '' })}
        />
      </div>
      {closing && (
        <Field label={t('tab.meeting.form.resolution')} hint={t('tab.meeting.form.resolutionHint')} required validationMessage={errors.resolution}>
          <Textarea ref={resolutionRef} value={draft.resolution} onChange={(_, data) => set({ resolution: data.value })} resize="vertical" rows={2} />
        </Field>
      )}
      <div className={ms.row}>
        <Button type="submit" appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after" disabled={busy || loading}>
          {busy ? t('tab.saving') : t('tab.meeting.form.save')}
        </Button>
        <Button icon={<Next20Regular />} onClick={onSkip} disabled={busy}>
          {t('tab.meeting.form.skip')}
        </Button>
        <Button icon={<ArrowLeft20Regular />} onClick={onPrevious} disabled={busy || !onPrevious}>
          {t('tab.meeting.form.previous')}
        </Button>
      </div>
    </form>
  );
}
