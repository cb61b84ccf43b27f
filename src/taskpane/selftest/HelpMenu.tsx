import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useState } from 'react';
import { type WorkbookPort } from '../../port/WorkbookPort';
import { useStrings } from '../StringsContext';
import { SelfTestDialog } from './SelfTestDialog';
import { type SelfTestHost } from './SelfTestHost';

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
            <MenuItem onClick={() => setOpen(true)}>{t('selftest.menuItem')}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <SelfTestDialog open={open} onClose={() => setOpen(false)} port={port} host={host} today={today} />
    </>
  );
}
