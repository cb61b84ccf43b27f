import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { type WorkbookPort } from '../../port/WorkbookPort';
import { useStrings } from '../StringsContext';
import { type SelfTestHost } from './SelfTestHost';

// Självtest is for the day the add-in is installed, not for every pane load: its code (the contract checks and
// the dialog) loads when it is first opened.
const SelfTestDialog = lazy(() => import('./SelfTestDialog').then((m) => ({ default: m.SelfTestDialog })));

/** The header's Hjälp menu; today it holds Självtest. */
export function HelpMenu({
  port,
  host,
  today,
}: {
  port: WorkbookPort;
  host: SelfTestHost;
  today: () => string;
}) {
  const { t } = useStrings();
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so closing keeps the dialog's own close transition.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button size="small" appearance="subtle">
            {t('help.menu')}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem
              onClick={() => {
                setOpened(true);
                setOpen(true);
              }}
            >
              {t('selftest.menuItem')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {opened && (
        <Suspense fallback={null}>
          <SelfTestDialog open={open} onClose={() => setOpen(false)} port={port} host={host} today={today} />
        </Suspense>
      )}
    </>
  );
}
