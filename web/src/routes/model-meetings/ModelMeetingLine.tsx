import '@mantine/core/styles/Pill.css';
import { Anchor, Badge, Button, Checkbox, Group, Input, Modal, Pill, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { designateModelMeeting, keys } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { type UnitOption, UnitPicker, unitLabel } from '../../components/UnitPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Link } from '../../lib/router.tsx';

/**
 * On the meeting page: the badge "Sinh hoạt chuyên đề mẫu" of a model meeting (seed 001) with its page, or, for
 * a committee's officer above the cell, "Chọn làm sinh hoạt mẫu" and its invitation form.
 */
export function ModelMeetingLine({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (meeting.model)
    return (
      <Group gap="xs">
        <Badge color="grape" variant="filled" tt="none" size="lg" data-testid="model-meeting-badge">
          {t('modelMeeting.badge')}
        </Badge>
        <Anchor component={Link} to={`/model-meetings/${meeting.id}`} size="sm">
          {t('modelMeeting.open', { committee: meeting.model.committeeName })}
        </Anchor>
      </Group>
    );
  if (!meeting.permissions.designateModel) return null;
  return (
    <>
      <Group>
        <Button size="xs" variant="light" color="grape" onClick={() => setOpen(true)}>
          {t('modelMeeting.designate')}
        </Button>
      </Group>
      {open ? <DesignateModal meeting={meeting} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** The purpose and the cells invited: every other cell of the committee, or those chosen. */
function DesignateModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useState('');
  const [all, setAll] = useState(true);
  // The cells chosen, searched on the server among those the officer sees (issue 20); the server checks that each
  // is in the designating committee's subtree.
  const [cells, setCells] = useState<UnitOption[]>([]);
  const cellIds = cells.map((c) => c.id);
  const mutation = useMutation({
    mutationFn: () => designateModelMeeting(meeting.id, { purpose, cellIds: all ? null : cellIds }),
    onSuccess: (model) => {
      queryClient.setQueryData(keys.modelMeeting(meeting.id), model);
      void queryClient.invalidateQueries({ queryKey: keys.meeting(meeting.id) });
      notifications.show({ color: 'green', message: t('modelMeeting.designated') });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('modelMeeting.designate')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('modelMeeting.purpose')}
            description={t('modelMeeting.purposeHint')}
            required
            autosize
            minRows={3}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
          />
          <Checkbox
            label={t('modelMeeting.inviteAll')}
            checked={all}
            onChange={(e) => setAll(e.currentTarget.checked)}
          />
          {!all ? (
            <Input.Wrapper label={t('modelMeeting.inviteCells')}>
              <Stack gap={6} mt={4}>
                {cells.length > 0 ? (
                  <Pill.Group>
                    {cells.map((c) => (
                      <Pill
                        key={c.id}
                        size="md"
                        withRemoveButton
                        onRemove={() => setCells((old) => old.filter((x) => x.id !== c.id))}
                        removeButtonProps={{
                          'aria-label': t('modelMeeting.removeCell', { name: c.name }),
                          'aria-hidden': false,
                          tabIndex: 0,
                        }}
                      >
                        {unitLabel(c)}
                      </Pill>
                    ))}
                  </Pill.Group>
                ) : null}
                <UnitPicker
                  label={t('modelMeeting.addCell')}
                  kind="cell"
                  exclude={meeting.cellId}
                  omit={cellIds}
                  value={null}
                  resetOnPick
                  onChange={(u) => {
                    if (u) setCells((old) => [...old, u]);
                  }}
                />
              </Stack>
            </Input.Wrapper>
          ) : null}
          <ErrorAlert error={mutation.error} />
          <FormButtons
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('modelMeeting.designateSubmit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
