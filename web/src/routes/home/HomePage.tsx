import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/SimpleGrid.css';
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
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {me.units.map((unit) => (
            <Card key={unit.unitId} withBorder component="li" padding="md">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Anchor component={Link} to={`/units/${unit.unitId}`} fw={600}>
                    {unit.unitName}
                  </Anchor>
                  <KindBadge kind={unit.unitKind} size="sm" />
                </Group>
                <RoleBadges roles={unit.roles} unitKind={unit.unitKind} />
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
