import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useState } from 'react';
import { RESOLUTION_TEMPLATE_PARTS } from '#domain/preparation/resolution-text.ts';
import { isApiError } from '../../api/client.ts';
import { saveTopicVersion, topicQuery } from '../../api/endpoints.ts';
import type { VersionKind } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { TFunction } from '../../i18n/runtime.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { latestVersionId } from '../../lib/preparation.ts';
import { EditorToolbar, HEADING_LEVEL } from './EditorToolbar.tsx';
import { useTopicSaved } from './topic-cache.ts';

interface RichTextEditorProps {
  topicId: string;
  kind: VersionKind;
  /** The editor's accessible name ("Nội dung dự thảo"). */
  label: string;
  initialHtml: string;
  /** The latest saved version of this kind when the editor opened (null for none): the save's base. */
  baseVersionId: string | null;
  onDirtyChange: (dirty: boolean) => void;
  /**
   * Offer a template while the text is empty: seed 002's outline of a topic for discussion, or seed 003's draft
   * resolution for a resolution topic.
   */
  withTemplate?: 'topic' | 'resolution';
}

/**
 * The structure of a draft, each heading followed by an empty paragraph: seed 002's six parts of a topic
 * (with its discussion questions), or seed 003's five parts of a draft resolution ("Bước 2: Dự thảo Nghị
 * quyết"; resolution-text.ts) — no discussion questions, the decisions being written apart.
 */
function draftTemplate(t: TFunction, kind: 'topic' | 'resolution'): string {
  const heading = (text: string) => `<h${HEADING_LEVEL}>${text}</h${HEADING_LEVEL}><p></p>`;
  if (kind === 'resolution')
    return RESOLUTION_TEMPLATE_PARTS.map((part) => heading(t(`topic.resolutionTemplate.${part}`))).join('');
  return [1, 2, 3, 4, 5, 6].map((n) => heading(t(`topic.template.part${n}`))).join('');
}

/**
 * The outline or draft editor (Tiptap). Every save is a new version based on the one the editor started
 * from; when someone saved in between, the server refuses (PREP_VERSION_CHANGED) and the text stays here
 * until the preparer chooses to load the newer one.
 */
export default function RichTextEditor({
  topicId,
  kind,
  label,
  initialHtml,
  baseVersionId,
  onDirtyChange,
  withTemplate,
}: RichTextEditorProps) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(baseVersionId);
  const [dirty, setDirtyState] = useState(false);
  const setDirty = (value: boolean) => {
    setDirtyState(value);
    onDirtyChange(value);
  };
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false } })],
    content: initialHtml,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: 'topic-text topic-editor-content',
      },
    },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) setDirty(true);
    },
  });
  const empty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });

  const save = useMutation({
    mutationFn: () => saveTopicVersion(topicId, { kind, html: editor.getHTML(), baseVersionId: base }),
    onSuccess: (next) => {
      saved(next);
      setBase(latestVersionId(next, kind));
      setDirty(false);
      notifications.show({ color: 'green', message: t(`topic.editor.saved.${kind}`) });
    },
  });
  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...topicQuery(topicId), staleTime: 0 }),
    onSuccess: (next) => {
      const html = kind === 'outline' ? next.outline?.html : next.draft?.html;
      editor.commands.setContent(html ?? '', { emitUpdate: false });
      setBase(latestVersionId(next, kind));
      setDirty(false);
      save.reset();
    },
  });
  const changedElsewhere = isApiError(save.error, 409) && save.error.code === 'PREP_VERSION_CHANGED';

  return (
    <Stack gap="xs" className="topic-editor">
      <EditorToolbar editor={editor} />
      {withTemplate && empty ? (
        <Group>
          <Button
            size="sm"
            variant="light"
            onClick={() => {
              editor.chain().focus().setContent(draftTemplate(t, withTemplate)).run();
              setDirty(true);
            }}
          >
            {t('topic.editor.insertTemplate')}
          </Button>
          <Text size="xs" c="dimmed">
            {t(
              withTemplate === 'resolution'
                ? 'topic.editor.resolutionTemplateHint'
                : 'topic.editor.templateHint',
            )}
          </Text>
        </Group>
      ) : null}
      <EditorContent editor={editor} />
      <ErrorAlert error={save.error} />
      {changedElsewhere ? (
        <Group gap="xs">
          <Button size="sm" variant="default" loading={reload.isPending} onClick={() => reload.mutate()}>
            {t('plans.reloadLatest')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('plans.reloadDiscards')}
          </Text>
        </Group>
      ) : null}
      <ErrorAlert error={reload.error} />
      <Group className="topic-save-bar" gap="xs">
        <Button loading={save.isPending} onClick={() => save.mutate()} disabled={!dirty && base !== null}>
          {t(`topic.editor.save.${kind}`)}
        </Button>
        <Text size="xs" c="dimmed" aria-live="polite">
          {dirty ? t('plans.unsaved') : base ? t('plans.allSaved') : ''}
        </Text>
      </Group>
    </Stack>
  );
}
