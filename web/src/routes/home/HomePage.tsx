import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import './home.css';
import { useSignedInMe } from '../../app/session.ts';
import { KindBadge, RoleBadges, StatusBadge } from '../../components/Badges.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Link } from '../../lib/router.tsx';
import { InboxList } from './InboxList.tsx';

export default function HomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const name = me.person?.fullName ?? me.username;

  return (
    <Stack>
      <Title order={2}>{t('home.greeting', { name })}</Title>
      <Group gap="xs">
        {me.person ? <StatusBadge status={me.person.status} /> : null}
        {me.isAdmin ? <RoleBadges roles={['admin']} /> : null}
      </Group>

      <Title order={3} size="h4">
        {t('home.inbox.title')}
      </Title>
      <InboxList />

      <Title order={3} size="h4">
        {t('home.myUnits')}
      </Title>
      {me.units.length === 0 ? (
        <Text c="dimmed">
          {t('home.noUnits')}{' '}
          <Anchor component={Link} to="/orgs">
            {t('home.openOrgTree')}
          </Anchor>
        </Text>
      ) : (
        // A CSS grid (home.css), not SimpleGrid: its responsive-variable code is not needed here (issue 20, "Bytes").
        <ul className="home-units">
          {me.units.map((unit) => (
            // A bordered Paper as Card drew it (Card's sections are not used; issue 20, "Bytes").
            <Paper key={unit.unitId} withBorder component="li" p="md">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Anchor component={Link} to={`/units/${unit.unitId}`} fw={600}>
                    {unit.unitName}
                  </Anchor>
                  <KindBadge kind={unit.unitKind} size="sm" />
                </Group>
                <RoleBadges roles={unit.roles} unitKind={unit.unitKind} />
              </Stack>
            </Paper>
          ))}
        </ul>
      )}
    </Stack>
  );
}
