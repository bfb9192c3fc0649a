import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { documentSignerQuery, keys, setDocumentSigner } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Body = Parameters<typeof setDocumentSigner>[1];
const AUTHORITIES: Body['authority'][] = ['T/M ĐẢNG ỦY', 'T/M BAN THƯỜNG VỤ', 'T/M BAN CHẤP HÀNH'];
/** Each title with its label: "KT. BÍ THƯ" prints over "PHÓ BÍ THƯ" (a deputy signing in the secretary's stead). */
const TITLES: Record<Body['title'], string> = {
  'BÍ THƯ': 'secretary',
  'PHÓ BÍ THƯ': 'deputy',
  'KT. BÍ THƯ': 'kt',
};

/**
 * Who signs the committee's documents (issue 17): the guidance letter, the committee's reports and inspection
 * conclusions issued from now on carry these lines and the name; until set, the name is left for handwriting.
 * The committee's officers edit; everyone who sees the committee reads.
 */
export default function SignerPanel({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(documentSignerQuery(unitId));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="sm" data-testid="document-signer" maw={760}>
      <Title order={3} size="h4">
        {t('numbering.signer.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('numbering.signer.hint')}
      </Text>
      <Paper withBorder p="md" maw={320} data-testid="signature-block">
        <Stack gap={2} align="center">
          <Text fw={700}>{data.signature.authority}</Text>
          {data.signature.title.split('\n').map((line) => (
            <Text fw={700} key={line}>
              {line}
            </Text>
          ))}
          <Text fw={700} mt="lg" c={data.signature.name ? undefined : 'dimmed'}>
            {data.signature.name ?? t('numbering.signer.blank')}
          </Text>
        </Stack>
      </Paper>
      {data.canEdit ? <SignerForm unitId={unitId} current={data.signer} /> : null}
    </Stack>
  );
}

function SignerForm({
  unitId,
  current,
}: {
  unitId: string;
  current: { authority: Body['authority']; title: Body['title']; name: string } | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Body>({
    initialValues: {
      authority: current?.authority ?? 'T/M ĐẢNG ỦY',
      title: current?.title ?? 'BÍ THƯ',
      name: current?.name ?? '',
    },
  });
  const mutation = useMutation({
    mutationFn: (body: Body) => setDocumentSigner(unitId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.documentSigner(unitId), saved);
      notifications.show({ color: 'green', message: t('numbering.signer.saved') });
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack gap="xs" maw={420}>
        <Select
          label={t('numbering.signer.authority')}
          data={AUTHORITIES}
          allowDeselect={false}
          {...form.getInputProps('authority')}
        />
        <Select
          label={t('numbering.signer.titleLine')}
          data={Object.entries(TITLES).map(([value, key]) => ({
            value,
            label: t(`numbering.signer.titles.${key}`),
          }))}
          allowDeselect={false}
          {...form.getInputProps('title')}
        />
        <TextInput label={t('numbering.signer.name')} maxLength={80} {...form.getInputProps('name')} />
        {mutation.error ? <ErrorAlert error={mutation.error} withFields /> : null}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('numbering.signer.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
