import { makeStyles, tokens } from '@fluentui/react-components';
import { PageHeading } from '../components/PageHeading';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../api';
import { useApp } from '../appContext';
import { ScreenReaderStatus, useAnnouncer } from '../components/ScreenReaderStatus';
import { LoadState } from '../components/LoadState';
import { useT } from '../i18n';
import type { ChecklistItem, ChecklistView, SignerRole } from '../types';
import { Resource, useResource } from '../useResource';
import { Handover, HandoverContext } from './handover/HandoverContext';
import { RegisterDocumentsProvider } from './documents/RegisterContext';
import { ChecklistSectionBlock } from './handover/ChecklistSectionBlock';
import { TotalProgress } from './handover/Progress';
import { SignOffPanel } from './handover/SignOffPanel';
import { StatusNotices } from './handover/StatusNotices';
import { PrintableRecord } from './handover/PrintableRecord';
import { RecordActions } from './handover/RecordActions';
import { ItemPatch, ItemResponse, withItem } from './handover/model';
import * as messages from '../../i18n/tab/handover';
import { addMessages } from '../../i18n';

addMessages(messages);

/**
 * Överlämning: the handover checklist (checklista överlämning till förvaltning), ticked item by
 * item by the members and signed by the projektägare and the förvaltningsledare.
 */
const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(280px, 360px)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXXL,
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  aside: {
    position: 'sticky',
    top: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    '@media (max-width: 900px)': { position: 'static' },
  },
});

export default function HandoverView() {
  const { api } = useApp();
  const resource = useResource(() => api.checklist.read(), [api]);
  return (
    <RegisterDocumentsProvider>
      <LoadState resource={resource}>{(checklist) => <HandoverPage checklist={checklist} resource={resource} />}</LoadState>
    </RegisterDocumentsProvider>
  );
}

function HandoverPage({ checklist, resource }: { checklist: ChecklistView; resource: Resource<ChecklistView> }) {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const [announcement, announce] = useAnnouncer();
  const { setData, reload } = resource;
  const canEdit = Boolean(me.permissions['checklist.edit']) && !checklist.locked && !checklist.readOnly;
  // The printed record says when it was taken out: the moment of printing (the button or Ctrl+P).
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const stamp = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrintedAt(new Date()));
    window.print();
  }, []);

  // Someone may have ticked or signed while the tab was in the background: fetch again on return.
  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [reload]);

  const patchItem = useCallback(
    async (item: ChecklistItem, change: ItemPatch, version = item.version) => {
      try {
        const result = await api.checklist.changeItem({ params: { id: item.id }, body: change, ifMatch: version });
        setData(result.checklist);
        return result;
      } catch (error) {
        if (error instanceof ApiError && error.status === 412 && error.current) {
          const current = error.current as ChecklistItem;
          setData((c) => (c ? withItem(c, current) : c!));
        } else if (error instanceof ApiError && error.status === 409) {
          void reload();
        }
        throw error;
      }
    },
    [api, setData, reload],
  );

  const handover = useMemo<Handover>(
    () => ({
      checklist,
      canEdit,
      patchItem,
      addItem: async (sectionId, text) => {
        try {
          const result = await api.checklist.addItem({ body: { sectionId, text } });
          setData(result.checklist);
          return result;
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) void reload();
          throw error;
        }
      },
      sign: async (role: SignerRole) => {
        try {
          const result = await api.checklist.sign({ body: { role } });
          setData(result);
          return result;
        } catch (error) {
          void reload();
          throw error;
        }
      },
      withdraw: async () => {
        const result = await api.checklist.withdrawSignature();
        setData(result);
        return result;
      },
      reload,
      announce,
    }),
    [checklist, canEdit, patchItem, api, setData, reload, announce],
  );

  return (
    <HandoverContext.Provider value={handover}>
      <div className={styles.layout}>
        <div className={styles.column}>
          <PageHeading id="handover-heading" title={t('tab.handover.title')} intro={t('tab.handover.intro')} />
          <TotalProgress progress={checklist.progress} />
          <StatusNotices />
          {checklist.sections.map((section) => (
            <ChecklistSectionBlock key={section.id} section={section} />
          ))}
        </div>
        <aside className={styles.aside} aria-labelledby="handover-signoff-heading">
          <SignOffPanel />
          <RecordActions onPrint={print} />
        </aside>
      </div>
      <PrintableRecord checklist={checklist} printedAt={printedAt} />
      <ScreenReaderStatus message={announcement} />
    </HandoverContext.Provider>
  );
}
