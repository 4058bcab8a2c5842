import { Badge, Button, Field, Input, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { DataTable } from '../../components/DataTable';
import { SavedStatus } from '../../components/SavedStatus';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n';
import { useResource } from '../../useResource';
import type { Categories, CategoryItem } from '../../../domain/categories';
import { fieldsetFrame, fieldsetLegend } from '../../components/fieldset';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  add: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    ...fieldsetFrame,
  },
  legend: fieldsetLegend,
  field: { minWidth: '200px', flexGrow: 1, maxWidth: '280px' },
});

/**
 * Inställningar › Kategorier: the activity log's categories. Members read them; the
 * förvaltningsledare adds one (Swedish name, optional English label) and retires or restores
 * one — each a save of the whole list with the version read (PUT /api/categories, If-Match),
 * so a change made by someone else at the same time is shown, not overwritten.
 */
export function CategoriesSection() {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const canManage = Boolean(me.permissions['categories.manage']);
  const resource = useResource(() => api.categories.read(), [api]);
  const [name, setName] = useState('');
  const [en, setEn] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<{ intent: 'warning' | 'error'; body: string } | null>(null);

  const save = async (current: Categories, items: CategoryItem[], done: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    setAnnouncement('');
    try {
      const saved = await api.categories.save({ body: { items }, ifMatch: current.version });
      resource.setData(saved);
      setAnnouncement(done);
      return true;
    } catch (e) {
      const error = e as ApiError;
      if (error.status === 412) {
        // The message says the list is up to date: show it once it is.
        await resource.reload();
        setProblem({ intent: 'warning', body: t('tab.settings.categories.conflict') });
      } else if (error.field?.endsWith('.name')) {
        setNameError(error.message);
      } else {
        setProblem({ intent: 'error', body: error.message });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent, current: Categories) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('tab.settings.categories.nameRequired'));
      return;
    }
    setNameError(undefined);
    const added = await save(current, [...current.items, { name: trimmed, en: en.trim() || null, retired: false }], t('tab.settings.categories.added', { name: trimmed }));
    if (added) {
      setName('');
      setEn('');
    }
  };

  const toggle = (current: Categories, item: CategoryItem) =>
    void save(
      current,
      current.items.map((c) => (c.name === item.name ? { ...c, retired: !c.retired } : c)),
      t(item.retired ? 'tab.settings.categories.restored' : 'tab.settings.categories.retiredDone', { name: item.name }),
    );

  return (
    <section className={styles.root} aria-labelledby="categories-heading">
      <h3 id="categories-heading" className={styles.title}>
        {t('tab.settings.categories.title')}
      </h3>
      <Text className={styles.hint}>{t('tab.settings.categories.intro')}</Text>
      {!canManage && <Text className={styles.muted}>{t('tab.settings.categories.readOnly')}</Text>}
      {problem && (
        <Notice intent={problem.intent} title={t('tab.settings.categories.error')} data-testid="categories-problem">
          {problem.body}
        </Notice>
      )}
      <LoadState resource={resource}>
        {(current) => (
          <>
            <DataTable
              label={t('tab.settings.categories.tableLabel')}
              rows={current.items}
              rowKey={(c) => c.name}
              columns={[
                { id: 'name', header: t('tab.settings.categories.name'), cell: (c) => c.name },
                {
                  id: 'en',
                  header: t('tab.settings.categories.en'),
                  cell: (c) => c.en ?? <span className={styles.muted}>{t('tab.settings.categories.noEnglish')}</span>,
                },
                {
                  id: 'status',
                  header: t('tab.settings.categories.status'),
                  cell: (c) => (
                    <Badge appearance="tint" color={c.retired ? 'subtle' : 'success'}>
                      {t(c.retired ? 'tab.settings.categories.retired' : 'tab.settings.categories.active')}
                    </Badge>
                  ),
                },
                canManage && {
                  id: 'actions',
                  header: t('tab.settings.categories.actions'),
                  cell: (c) => (
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={t(c.retired ? 'tab.settings.categories.restoreLabel' : 'tab.settings.categories.retireLabel', { name: c.name })}
                      onClick={() => toggle(current, c)}
                    >
                      {t(c.retired ? 'tab.settings.categories.restore' : 'tab.settings.categories.retire')}
                    </Button>
                  ),
                },
              ]}
            />
            {canManage && (
              <form onSubmit={(e) => void add(e, current)} noValidate aria-busy={busy}>
                <fieldset className={styles.add}>
                  <legend className={styles.legend}>{t('tab.settings.categories.addLegend')}</legend>
                  <Field label={t('tab.settings.categories.newName')} required validationMessage={nameError} className={styles.field}>
                    <Input value={name} maxLength={40} onChange={(_, d) => setName(d.value)} />
                  </Field>
                  <Field label={t('tab.settings.categories.newEn')} className={styles.field}>
                    <Input value={en} maxLength={40} onChange={(_, d) => setEn(d.value)} />
                  </Field>
                  <Button type="submit" appearance="primary" disabled={busy}>
                    {t('tab.settings.categories.add')}
                  </Button>
                </fieldset>
              </form>
            )}
          </>
        )}
      </LoadState>
      <SavedStatus message={announcement} tick={false} data-testid="categories-announcement" />
    </section>
  );
}
