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
  const canComment = prep.permissions.comment;

  useCommentHighlights(container, prep.comments);

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
          <Button size="sm" onClick={() => setCommenting(selected)}>
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
