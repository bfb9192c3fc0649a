import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createOrg, deleteOrg, keys, orgQuery, updateOrg } from '../../api/endpoints.ts';
import type { OrgUnit, UpdateOrgRequest } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, nullable, optional } from '../../components/forms.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { kindLabel } from '../../lib/format.ts';
import { useNavigate } from '../../lib/router.tsx';
import { childKinds, parentKinds } from './tree.ts';

type ParentRef = Pick<OrgUnit, 'id' | 'name' | 'kind'>;

interface ModalProps {
  opened: boolean;
  onClose: () => void;
}

export function AddUnitModal({ parent, opened, onClose }: ModalProps & { parent: ParentRef | null }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened && parent !== null}
      onClose={onClose}
      title={t('orgs.addChildTo', { name: parent?.name })}
    >
      {parent ? <AddUnitForm parent={parent} onDone={onClose} /> : null}
    </Modal>
  );
}

function AddUnitForm({ parent, onDone }: { parent: ParentRef; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const kinds = childKinds(parent.kind);
  const form = useForm({
    // Cells are what committees add most often: offer a cell first where one is allowed.
    initialValues: {
      kind: kinds.includes('cell') ? 'cell' : (kinds[0] ?? 'cell'),
      name: '',
      shortName: '',
      place: '',
    },
    validate: { name: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      createOrg({
        parentId: parent.id,
        kind: values.kind,
        name: values.name.trim(),
        shortName: optional(values.shortName),
        place: optional(values.place),
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.orgs }),
        queryClient.invalidateQueries({ queryKey: keys.org(parent.id) }),
      ]);
      notifications.show({ color: 'green', message: t('orgs.created') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <NativeSelect
          label={t('orgs.kind')}
          data={kinds.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('orgs.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('orgs.shortName')} {...form.getInputProps('shortName')} />
        <TextInput
          label={t('orgs.place')}
          placeholder={t('orgs.placeHint')}
          {...form.getInputProps('place')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function EditUnitModal({ unit, opened, onClose }: ModalProps & { unit: OrgUnit }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('unit.edit')}>
      {opened ? <EditUnitForm unit={unit} onDone={onClose} /> : null}
    </Modal>
  );
}

/** A number of days from 0 to 30, or empty for the default. */
const validDays = (value: string) =>
  value.trim() === '' || (/^\d{1,2}$/.test(value.trim()) && Number(value) <= 30);
const daysOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

function EditUnitForm({ unit, onDone }: { unit: OrgUnit; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The current parent, when the user sees it: its name for the picker (a unit at the top of what the user sees
  // cannot move: there is nothing above it they manage).
  const parent = useQuery({
    ...orgQuery(unit.parentId ?? ''),
    enabled: unit.parentId !== null,
    retry: false,
  });
  const form = useForm({
    initialValues: {
      name: unit.name,
      shortName: unit.shortName ?? '',
      place: unit.place ?? '',
      parentId: unit.parentId ?? '',
      numberingTermFrom: unit.numberingTermFrom ?? '',
      // Practice (draft-gate.ts): empty is the default of 3 days.
      draftLeadDays: unit.draftLeadDaysSet ? String(unit.draftLeadDays) : '',
      // Practice (reminders.ts): empty is the default of 2 days before comments close, 3 before a task is due.
      commentReminderDays: unit.commentReminderDaysSet ? String(unit.commentReminderDays) : '',
      taskReminderDays: unit.taskReminderDaysSet ? String(unit.taskReminderDays) : '',
    },
    validate: {
      name: (value) => (value.trim() ? null : t('common.required')),
      draftLeadDays: (value) =>
        value.trim() === '' || (/^\d{1,2}$/.test(value.trim()) && Number(value) <= 30)
          ? null
          : t('orgs.draftLeadDaysInvalid'),
      commentReminderDays: (value) => (validDays(value) ? null : t('orgs.draftLeadDaysInvalid')),
      taskReminderDays: (value) => (validDays(value) ? null : t('orgs.draftLeadDaysInvalid')),
    },
  });

  // A unit can move under another unit of an allowed kind (one kind for each: domain/orgs/org-kinds.ts), never
  // under itself or its own subtree: the server's search leaves those out (`exclude`).
  const parentKind = parentKinds(unit.kind)[0];
  const currentParent = parent.data
    ? {
        id: parent.data.id,
        name: parent.data.name,
        path: parent.data.ancestors
          .map((a) => a.name)
          .reverse()
          .slice(0, 2),
      }
    : null;

  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => {
      const body: UpdateOrgRequest = {};
      if (values.name.trim() !== unit.name) body.name = values.name.trim();
      if (nullable(values.shortName) !== unit.shortName) body.shortName = nullable(values.shortName);
      if (nullable(values.place) !== unit.place) body.place = nullable(values.place);
      if (values.parentId && values.parentId !== unit.parentId) body.parentId = values.parentId;
      if (nullable(values.numberingTermFrom) !== unit.numberingTermFrom)
        body.numberingTermFrom = nullable(values.numberingTermFrom);
      const leadDays = values.draftLeadDays.trim() === '' ? null : Number(values.draftLeadDays);
      if (unit.kind === 'cell' && leadDays !== (unit.draftLeadDaysSet ? unit.draftLeadDays : null))
        body.draftLeadDays = leadDays;
      const commentDays = daysOrNull(values.commentReminderDays);
      if (
        unit.kind === 'cell' &&
        commentDays !== (unit.commentReminderDaysSet ? unit.commentReminderDays : null)
      )
        body.commentReminderDays = commentDays;
      const taskDays = daysOrNull(values.taskReminderDays);
      if (unit.kind === 'cell' && taskDays !== (unit.taskReminderDaysSet ? unit.taskReminderDays : null))
        body.taskReminderDays = taskDays;
      return updateOrg(unit.id, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.orgs });
      await queryClient.invalidateQueries({ queryKey: ['org'] });
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <TextInput label={t('orgs.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('orgs.shortName')} {...form.getInputProps('shortName')} />
        <TextInput
          label={t('orgs.place')}
          placeholder={t('orgs.placeHint')}
          {...form.getInputProps('place')}
        />
        {unit.kind === 'group' ? null : (
          <DateField
            label={t('orgs.numberingTermFrom')}
            description={t('orgs.numberingTermHint')}
            {...form.getInputProps('numberingTermFrom')}
          />
        )}
        {unit.kind === 'cell' ? (
          <TextInput
            label={t('orgs.draftLeadDays')}
            description={t('orgs.draftLeadDaysHint')}
            inputMode="numeric"
            placeholder="3"
            {...form.getInputProps('draftLeadDays')}
          />
        ) : null}
        {unit.kind === 'cell' ? (
          <TextInput
            label={t('orgs.commentReminderDays')}
            description={t('orgs.commentReminderDaysHint')}
            inputMode="numeric"
            placeholder="2"
            {...form.getInputProps('commentReminderDays')}
          />
        ) : null}
        {unit.kind === 'cell' ? (
          <TextInput
            label={t('orgs.taskReminderDays')}
            description={t('orgs.taskReminderDaysHint')}
            inputMode="numeric"
            placeholder="3"
            {...form.getInputProps('taskReminderDays')}
          />
        ) : null}
        {currentParent && parentKind ? (
          <UnitPicker
            label={t('orgs.parent')}
            kind={parentKind}
            exclude={unit.id}
            current={currentParent}
            value={form.values.parentId || null}
            onChange={(u) => form.setFieldValue('parentId', u?.id ?? '')}
            error={form.errors.parentId}
          />
        ) : null}
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function DeleteUnitModal({ unit, opened, onClose }: ModalProps & { unit: OrgUnit }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => deleteOrg(unit.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: keys.org(unit.id) });
      await queryClient.invalidateQueries({ queryKey: keys.orgs });
      if (unit.parentId) await queryClient.invalidateQueries({ queryKey: keys.org(unit.parentId) });
      notifications.show({ color: 'green', message: t('unit.deleted') });
      onClose();
      navigate(unit.parentId ? `/units/${unit.parentId}` : '/orgs', { replace: true });
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('unit.deleteTitle')}>
      <Stack>
        <Text>{t('unit.deleteConfirm', { name: unit.name })}</Text>
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
