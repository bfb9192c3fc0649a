import { Button, Group, Text } from '@mantine/core';
import { lazy, type RefObject, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { TopicPreparation } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { RichTextView } from './RichTextView.tsx';
import { domRangeOf, mapContainer, type PassageSelection, selectionToPassage } from './text-anchoring.ts';

const CommentModal = lazy(() => import('./CommentModal.tsx'));

/** The name the highlight of commented passages is registered under (styled in topic.css). */
const HIGHLIGHT = 'topic-comment';

type Draft = NonNullable<TopicPreparation['draft']>;

/**
 * The draft as members read it: commented passages highlighted; a member who may comment selects a
 * passage (mouse, finger or keyboard) and comments on it.
 */
export function DraftReader({ prep, draft }: { prep: TopicPreparation; draft: Draft }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<PassageSelection>();
  const [commenting, setCommenting] = useState<PassageSelection>();
  const [chosenByKey, setChosenByKey] = useState(false);
  const commentButton = useRef<HTMLButtonElement>(null);
  const canComment = prep.permissions.comment;

  useCommentHighlights(container, prep.comments);
  useKeyboardPassages(container, canComment, draft.html, () => setChosenByKey(true));

  // A passage chosen with the keyboard takes the focus to its comment button, the next thing to do.
  useEffect(() => {
    if (!chosenByKey || !selected) return;
    commentButton.current?.focus();
    setChosenByKey(false);
  }, [chosenByKey, selected]);

  const onSelection = useCallback(() => {
    const element = container.current;
    const selection = document.getSelection();
    if (!element || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    // A tap elsewhere in the text clears the choice; a selection outside it (the button itself) keeps it.
    if (range.collapsed) {
      if (element.contains(range.startContainer)) setSelected(undefined);
      return;
    }
    const passage = selectionToPassage(element, range);
    if (passage) setSelected(passage);
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!canComment || !element) return;
    document.addEventListener('selectionchange', onSelection);
    element.addEventListener('mouseup', onSelection);
    element.addEventListener('touchend', onSelection);
    return () => {
      document.removeEventListener('selectionchange', onSelection);
      element.removeEventListener('mouseup', onSelection);
      element.removeEventListener('touchend', onSelection);
    };
  }, [canComment, onSelection]);

  return (
    <>
      {canComment ? (
        <Text size="sm" c="dimmed">
          {t('topic.comments.selectHint')}
        </Text>
      ) : null}
      <RichTextView ref={container} html={draft.html} testId="draft-text" />
      {canComment && selected ? (
        <Group className="topic-selection-bar" gap="xs" wrap="nowrap" data-testid="selection-bar">
          <Text size="sm" lineClamp={2} style={{ flex: 1 }}>
            “{selected.anchor.quote}”
          </Text>
          <Button ref={commentButton} size="sm" onClick={() => setCommenting(selected)}>
            {t('topic.comments.onPassage')}
          </Button>
          <Button
            size="sm"
            variant="default"
            aria-label={t('topic.comments.clearSelection')}
            onClick={() => {
              setSelected(undefined);
              document.getSelection()?.removeAllRanges();
            }}
          >
            ✕
          </Button>
        </Group>
      ) : null}
      {commenting ? (
        <Suspense fallback={null}>
          <CommentModal
            topicId={prep.topic.id}
            anchor={commenting.anchor}
            onClose={(sent) => {
              setCommenting(undefined);
              if (sent) {
                setSelected(undefined);
                document.getSelection()?.removeAllRanges();
              }
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** The blocks of a draft a reader can choose as a passage with the keyboard. */
const BLOCKS = 'p, li, h1, h2, h3, h4, blockquote, td, th';

/**
 * Choosing a passage without a pointer: every block of text (the innermost paragraph, item, heading or
 * cell) is reached with Tab, and Enter or Space selects it whole as the passage, as a triple-click does.
 * Only attributes are added, never nodes, so the text offsets a selection maps to stay the server's.
 */
function useKeyboardPassages(
  container: RefObject<HTMLDivElement | null>,
  enabled: boolean,
  html: string,
  onChosen: () => void,
) {
  const chosen = useRef(onChosen);
  chosen.current = onChosen;
  useEffect(() => {
    const element = container.current;
    // Runs again for each new text (another version brings new blocks).
    if (!enabled || !element || !html) return;
    const blocks = [...element.querySelectorAll<HTMLElement>(BLOCKS)].filter(
      (block) => block.textContent?.trim() && !block.querySelector(BLOCKS),
    );
    for (const block of blocks) block.tabIndex = 0;
    const onKey = (event: KeyboardEvent) => {
      const block = event.target as HTMLElement;
      if ((event.key !== 'Enter' && event.key !== ' ') || !blocks.includes(block)) return;
      event.preventDefault();
      const range = document.createRange();
      range.selectNodeContents(block);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      chosen.current();
    };
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('keydown', onKey);
      for (const block of blocks) block.removeAttribute('tabindex');
    };
  }, [container, enabled, html]);
}

/**
 * Marks the passages comments are about with the CSS Custom Highlight API, which styles ranges without
 * touching the DOM (so the text, and the offsets a new selection maps to, stay exactly the server's).
 * Browsers without it show the text unmarked; the comment list still quotes each passage.
 */
function useCommentHighlights(
  container: RefObject<HTMLDivElement | null>,
  comments: TopicPreparation['comments'],
) {
  useEffect(() => {
    const element = container.current;
    if (!element || typeof Highlight === 'undefined' || !('highlights' in CSS)) return;
    const map = mapContainer(element);
    const ranges = comments.flatMap((c) => {
      const range = c.range ? domRangeOf(map, c.range) : undefined;
      return range ? [range] : [];
    });
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
    // Every answer from the server (a new draft included) brings a new comments array.
  }, [container, comments]);
}
