import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApp } from '../appContext';
import { useT } from '../i18n';
import { FollowUpSection } from './settings/FollowUpSection';
import { RolesSection } from './settings/RolesSection';
import * as messages from '../../i18n/tab/settings';
import { addMessages } from '../../i18n';

addMessages(messages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '880px' },
  // As the other views' one-line headings (PageHeading); this view has no description of its own.
  title: { ...typographyStyles.subtitle1, margin: 0 },
  parts: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalMNudge})` },
});

/** The parts of Inställningar, each with its hash (#/installningar/roller), in order. */
const PARTS = [
  { id: 'uppfoljning', label: 'tab.settings.part.followUp', permission: 'followUp.read' },
  { id: 'roller', label: 'tab.settings.part.roles', permission: 'access.read' },
] as const;
type PartId = (typeof PARTS)[number]['id'];

/** The part named after the view in the hash (#/installningar/roller), if any. */
const partInHash = (): string | undefined => location.hash.replace(/^#\/?/, '').split('/')[1];

/**
 * Inställningar: its parts as tabs — Uppföljning och kategorier (the monthly follow-up and the
 * activity log's categories) and Roller och rättigheter (who may do what, and why) — each shown
 * to those who may read it; the part chosen is in the hash, so it can be linked to. Readers see
 * neither (the view is not in their navigation).
 */
export default function SettingsView() {
  const t = useT();
  const styles = useStyles();
  const { me } = useApp();
  const shown = PARTS.filter((p) => Boolean(me.permissions[p.permission]));
  const pick = (wanted: string | undefined): PartId | undefined => (shown.find((p) => p.id === wanted) ?? shown[0])?.id;
  const [part, setPart] = useState<PartId | undefined>(() => pick(partInHash()));

  useEffect(() => {
    const follow = () => setPart(pick(partInHash()));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me.permissions]);

  const select = (id: PartId) => {
    setPart(id);
    history.replaceState(null, '', `${location.pathname}${location.search}#/installningar/${id}`);
  };

  return (
    <div className={styles.root}>
      <h2 className={styles.title}>{t('tab.settings.title')}</h2>
      {part === undefined ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('tab.settings.noAccess')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {shown.length > 1 && (
            <TabList className={styles.parts} aria-label={t('tab.settings.parts')} selectedValue={part} onTabSelect={(_, d) => select(d.value as PartId)}>
              {shown.map((p) => (
                <Tab key={p.id} value={p.id} id={`settings-tab-${p.id}`} aria-controls="settings-part">
                  {t(p.label)}
                </Tab>
              ))}
            </TabList>
          )}
          <div id="settings-part" {...(shown.length > 1 ? { role: 'tabpanel', 'aria-labelledby': `settings-tab-${part}` } : {})}>
            {part === 'roller' ? <RolesSection /> : <FollowUpSection />}
          </div>
        </>
      )}
    </div>
  );
}
