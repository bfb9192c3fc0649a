// The menu under the user's name, loaded on first use: the popover machinery (floating-ui, transitions)
// is not part of the first screen (issue 20, "Bytes"); Popover's styles are the shell's, Menu's (no other
// screen has a Menu) come with this chunk. It opens as it mounts, since a click asked for it.
import '@mantine/core/styles/Menu.css';
import { Menu } from '@mantine/core';
import type { ReactElement } from 'react';
import { TextSizeControl } from '../components/TextSize.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Link } from '../lib/router.tsx';

export default function UserMenu({ target }: { target: ReactElement }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/account/password">
          {t('header.changePassword')}
        </Menu.Item>
        <Menu.Divider />
        <TextSizeControl />
      </Menu.Dropdown>
    </Menu>
  );
}
