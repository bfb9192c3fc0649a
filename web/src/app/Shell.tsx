// Styles every screen's pop-ups need, whichever screen comes first: Select/Combobox dropdowns, menus and tooltips
// (Popover), and modals (Overlay, ModalBase). Menu's own styles come with the user menu (UserMenu.tsx). Loaded with the shell, not with the user menu or the bell's drawer
// that first needed them: a Select opened before either had no positioning styles (its options never settled).
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import './shell.css';
import { ActionIcon, Button, Group, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { Loading } from '../components/Loading.tsx';
import { NotificationBell } from '../components/NotificationBell.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Link, Outlet, useLocation } from '../lib/router.tsx';
import { useDialogFocusReturn } from './dialog-focus-return.ts';
import { HeaderSearch } from './HeaderSearch.tsx';
import { useLogout, useSignedInMe } from './session.ts';

const loadUserMenu = () => import('./UserMenu.tsx');
const UserMenu = lazy(loadUserMenu);
// "Cỡ chữ" in the phone's navigation drawer, loaded when the drawer opens (not part of the first screen).
const TextSizeControl = lazy(() =>
  import('../components/TextSize.tsx').then((m) => ({ default: m.TextSizeControl })),
);

function LogoutIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />
    </svg>
  );
}

/**
 * The navbar's links are plain links styled in shell.css as Mantine's NavLink looked, not NavLink itself: NavLink
 * brings Collapse and its hooks (≈2.5 kB brotli) into the first screen for links that never fold (issue 20, "Bytes").
 * `mantine-focus-auto` is Mantine's own focus ring (global.css).
 */
const NAV_LINK = 'app-nav-link mantine-focus-auto';

/** The phone's menu button: three lines, a cross while the navigation is open (Burger's look, issue 20, "Bytes"). */
function MenuIcon({ opened }: { opened: boolean }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
    >
      <path d={opened ? 'M6 6l12 12M18 6L6 18' : 'M4 6h16M4 12h16M4 18h16'} />
    </svg>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the `sm` breakpoint (48em) the navbar slides off-screen when closed: keep keyboard focus out of it.
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const location = useLocation();
  const logout = useLogout();
  const displayName = me.person?.fullName ?? me.username;
  useDialogFocusReturn();
  // The user menu's code loads when the pointer or focus comes near the name, and opens on the click.
  const [menuWanted, setMenuWanted] = useState(false);
  const userButton = (
    <Button
      variant="subtle"
      color="dark"
      size="xs"
      visibleFrom="sm"
      title={t('header.signedInAs', { name: displayName })}
      data-testid="user-name"
      onPointerEnter={() => void loadUserMenu()}
      onFocus={() => void loadUserMenu()}
      onClick={menuWanted ? undefined : () => setMenuWanted(true)}
    >
      {displayName}
    </Button>
  );
  const canReadAudit = me.canReadAudit || me.isAdmin;

  // Cells plan and committees follow: "Kế hoạch" for the party members of a cell and for a committee's officers
  // and inspectors. A cell's non-member staff may not read its plan (plan.read), so the link would only refuse.
  const isStaff = me.person?.status === 'staff';
  const hasPlanArea = me.units.some(
    (u) =>
      (u.unitKind === 'cell' && !isStaff) ||
      (u.unitKind === 'committee' && u.roles.some((r) => r === 'officer' || r === 'inspector')),
  );

  // A committee's officers and inspectors oversee its cells: "Giám sát" opens their committee's dashboard.
  const oversight = me.units.find(
    (u) => u.unitKind === 'committee' && u.roles.some((r) => r === 'officer' || r === 'inspector'),
  )?.unitId;

  const path = location.pathname;
  const navItems = [
    { to: '/', label: t('nav.home'), active: path === '/' },
    ...(hasPlanArea ? [{ to: '/plans', label: t('nav.plans'), active: path.startsWith('/plans') }] : []),
    ...(oversight
      ? [{ to: `/oversight/${oversight}`, label: t('nav.oversight'), active: path.startsWith('/oversight') }]
      : []),
    ...(me.person ? [{ to: '/my-work', label: t('nav.myWork'), active: path.startsWith('/my-work') }] : []),
    {
      to: '/orgs',
      label: t('nav.orgs'),
      active: path.startsWith('/orgs') || path.startsWith('/units') || path.startsWith('/members'),
    },
    ...(canReadAudit ? [{ to: '/audit', label: t('nav.audit'), active: path.startsWith('/audit') }] : []),
    ...(me.person
      ? [{ to: '/settings/notifications', label: t('nav.settings'), active: path.startsWith('/settings') }]
      : []),
  ];

  // The frame is plain CSS (shell.css), not Mantine's AppShell (issue 20, "Bytes"). The header keeps its place
  // when a dialog hides the page's scroll bar: `right-scroll-bar-position` is the class the dialogs' scroll lock
  // (react-remove-scroll, as AppShell used it) shifts.
  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {t('nav.skipToMain')}
      </a>
      <header className="app-shell-header right-scroll-bar-position">
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="dark"
              hiddenFrom="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={opened}
              onClick={toggle}
            >
              <MenuIcon opened={opened} />
            </ActionIcon>
            <UnstyledButton component={Link} to="/" onClick={close}>
              <Title order={1} size="h4" c="red.8" style={{ whiteSpace: 'nowrap' }}>
                {t('app.name')}
              </Title>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {menuWanted ? (
              <Suspense fallback={userButton}>
                <UserMenu target={userButton} />
              </Suspense>
            ) : (
              userButton
            )}
            <HeaderSearch />
            {me.person && <NotificationBell />}
            <LanguageSwitch />
            <Button
              variant="subtle"
              color="gray"
              size="xs"
              visibleFrom="sm"
              leftSection={<LogoutIcon />}
              loading={logout.isPending}
              onClick={() => logout.mutate()}
            >
              {t('header.logout')}
            </Button>
            <ActionIcon
              variant="subtle"
              color="gray"
              hiddenFrom="sm"
              aria-label={t('header.logout')}
              title={t('header.logout')}
              loading={logout.isPending}
              onClick={() => logout.mutate()}
            >
              <LogoutIcon />
            </ActionIcon>
          </Group>
        </Group>
      </header>

      <nav
        className="app-shell-navbar"
        data-opened={opened || undefined}
        aria-label={t('nav.main')}
        inert={isMobile && !opened}
      >
        <Text size="sm" fw={500} px="sm" py="xs" hiddenFrom="sm">
          {displayName}
        </Text>
        <Link to="/account/password" className={`${NAV_LINK} mantine-hidden-from-sm`} onClick={close}>
          {t('header.changePassword')}
        </Link>
        {isMobile && opened ? (
          <Suspense fallback={null}>
            <TextSizeControl />
          </Suspense>
        ) : null}
        {navItems.map((item) => (
          <Link
            key={item.to}
            to={item.to}
            className={NAV_LINK}
            data-active={item.active || undefined}
            aria-current={item.active ? 'page' : undefined}
            onClick={close}
          >
            {item.label}
          </Link>
        ))}
      </nav>

      <main className="app-shell-main" id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={path}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
