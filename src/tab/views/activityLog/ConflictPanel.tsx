import { Button, Subtitle2, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ConflictFrame } from '../../components/ConflictFrame';
import type { ActivityFields } from '../../../domain/activity';
import { DataTable } from '../../components/DataTable';
import { formatDateTime, useLocale, useT } from '../../i18n';
import type { Activity } from '../../types';
import { FieldName, changedFields, displayValue, fieldLabel, fieldsOfActivity } from './form';
import { useCategoryLabel } from '../../categories';

const useStyles = makeStyles({
  panel: { marginBottom: tokens.spacingVerticalM },
  heading: { marginTop: tokens.spacingVerticalXS },
});

export interface ConflictPanelProps {
  /** The record as it was when the dialog was opened. */
  opened: Activity;
  /** The record as it is now (the 412's `current`). */
  current: Activity;
  /** What the form holds now. */
  mine: ActivityFields;
  busy: boolean;
  onReapply: () => void;
  onUseTheirs: () => void;
}

/**
 * Someone else saved first: who and when, what they changed (value when you opened → theirs),
 * what you changed, and the two ways on. Nothing is dropped without the user choosing it.
 */
export function ConflictPanel({ opened, current, mine, busy, onReapply, onUseTheirs }: ConflictPanelProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const theirsId = useId('conflict-theirs');
  const yoursId = useId('conflict-yours');

  const base = fieldsOfActivity(opened);
  const theirs = changedFields(fieldsOfActivity(current), base);
  const yours = changedFields(mine, base);
  const overlap = yours.filter((f) => theirs.includes(f));
  const name = current.updatedBy.name;

  return (
    <ConflictFrame
      title={t('tab.activityLog.conflict.title')}
      body={t('tab.activityLog.conflict.body', { name, key: current.key, at: formatDateTime(current.updatedAt, locale) })}
      focusKey={current.version}
      className={styles.panel}
      data-testid="conflict-panel"
      actions={
        <>
          {yours.length > 0 && (
            <Button appearance="primary" disabled={busy} onClick={onReapply}>
              {t('tab.activityLog.conflict.reapply')}
            </Button>
          )}
          <Button disabled={busy} onClick={onUseTheirs}>
            {t('tab.activityLog.conflict.useTheirs')}
          </Button>
        </>
      }
    >

      <Subtitle2 as="h3" id={theirsId} className={styles.heading}>
        {t('tab.activityLog.conflict.theirs', { name })}
      </Subtitle2>
      {theirs.length === 0 ? (
        <Text>{t('tab.activityLog.conflict.noneTheirs')}</Text>
      ) : (
        <ChangesTable
          fields={theirs}
          before={base}
          after={current}
          afterHeader={t('tab.activityLog.conflict.col.theirs')}
          labelledBy={theirsId}
          data-testid="conflict-theirs"
        />
      )}

      <Subtitle2 as="h3" id={yoursId} className={styles.heading}>
        {t('tab.activityLog.conflict.yours')}
      </Subtitle2>
      {yours.length === 0 ? (
        <Text>{t('tab.activityLog.conflict.noneYours')}</Text>
      ) : (
        <ChangesTable
          fields={yours}
          before={base}
          after={mine}
          afterHeader={t('tab.activityLog.conflict.col.yours')}
          labelledBy={yoursId}
          data-testid="conflict-yours"
        />
      )}
      {overlap.length > 0 && (
        <Text weight="semibold">{t('tab.activityLog.conflict.overlap', { fields: overlap.map((f) => fieldLabel(f, t)).join(', ') })}</Text>
      )}
    </ConflictFrame>
  );
}

interface ChangesTableProps {
  fields: FieldName[];
  /** The values when the dialog was opened. */
  before: ActivityFields;
  after: ActivityFields;
  afterHeader: string;
  labelledBy: string;
  'data-testid': string;
}

/** One side's changes: each field with its value when the dialog was opened and the value now. */
function ChangesTable({ fields, before, after, afterHeader, labelledBy, 'data-testid': testId }: ChangesTableProps) {
  const t = useT();
  const locale = useLocale();
  const category = useCategoryLabel();
  const value = (f: FieldName, values: ActivityFields) => displayValue(f, values[f], t, locale, category);
  return (
    <DataTable
      labelledBy={labelledBy}
      data-testid={testId}
      rows={fields}
      rowKey={(f) => f}
      columns={[
        { id: 'field', header: t('tab.activityLog.conflict.col.field'), cell: (f) => fieldLabel(f, t) },
        { id: 'before', header: t('tab.activityLog.conflict.col.before'), cell: (f) => value(f, before) },
        { id: 'after', header: afterHeader, cell: (f) => value(f, after) },
      ]}
    />
  );
}
