import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible, useOverflowMenu } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import { useT } from '../i18n';
import type { ViewTab } from './viewTab';

/** "Fler (2)": the views whose tabs did not fit, as a menu (ViewTabs.tsx); nothing while all fit. */
export default function MoreViewsMenu({ views, onSelect }: { views: readonly ViewTab[]; onSelect: (id: string) => void }) {
  const t = useT();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" icon={<ChevronDownRegular />} iconPosition="after">
          {t('tab.nav.more', { count: overflowCount })}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((v) => (
            <HiddenViewItem key={v.id} view={v} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenViewItem({ view, onSelect }: { view: ViewTab; onSelect: (id: string) => void }) {
  const t = useT();
  // Only the views whose tabs are hidden for want of room.
  if (useIsOverflowItemVisible(view.id)) return null;
  return <MenuItem onClick={() => onSelect(view.id)}>{t(view.label)}</MenuItem>;
}
