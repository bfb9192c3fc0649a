import { Button, Group } from '@mantine/core';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** Headings in a draft are level 3: the page's own sections are level 3 too, and documents keep them. */
export const HEADING_LEVEL = 3;

/**
 * Bold, italic, heading, lists, quotation, undo and redo: what a topic text needs, as buttons big enough
 * for a thumb. Each says whether it is on (aria-pressed), not only by its colour.
 */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading', { level: HEADING_LEVEL }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools = [
    { key: 'bold', on: state.bold, run: () => chain().toggleBold().run(), style: { fontWeight: 700 } },
    {
      key: 'italic',
      on: state.italic,
      run: () => chain().toggleItalic().run(),
      style: { fontStyle: 'italic' },
    },
    { key: 'heading', on: state.heading, run: () => chain().toggleHeading({ level: HEADING_LEVEL }).run() },
    { key: 'bulletList', on: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', on: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: 'blockquote', on: state.blockquote, run: () => chain().toggleBlockquote().run() },
  ] as const;

  return (
    <Group
      gap={6}
      wrap="nowrap"
      className="topic-toolbar"
      role="toolbar"
      aria-label={t('topic.editor.toolbar')}
    >
      {tools.map((tool) => (
        <Button
          key={tool.key}
          size="sm"
          px="sm"
          variant={tool.on ? 'filled' : 'default'}
          aria-pressed={tool.on}
          title={t(`topic.editor.${tool.key}Hint`)}
          onClick={tool.run}
          style={'style' in tool ? tool.style : undefined}
        >
          {t(`topic.editor.${tool.key}`)}
        </Button>
      ))}
      <Button
        size="sm"
        px="sm"
        variant="default"
        disabled={!state.canUndo}
        onClick={() => chain().undo().run()}
      >
        {t('topic.editor.undo')}
      </Button>
      <Button
        size="sm"
        px="sm"
        variant="default"
        disabled={!state.canRedo}
        onClick={() => chain().redo().run()}
      >
        {t('topic.editor.redo')}
      </Button>
    </Group>
  );
}
