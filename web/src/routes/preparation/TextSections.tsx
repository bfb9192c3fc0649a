import { Button, Group, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { draftRound } from '#domain/preparation/draft-status.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { latestVersionId, roundLabel } from '../../lib/preparation.ts';
import { DraftReader } from './DraftReader.tsx';
import { RichTextView } from './RichTextView.tsx';

// The rich-text editor (Tiptap, ProseMirror) loads only for the preparer who may edit: readers never
// download it.
const RichTextEditor = lazy(() => import('./RichTextEditor.tsx'));

interface TextSectionProps {
  prep: TopicPreparation;
  onDirtyChange: (dirty: boolean) => void;
}

function SavedAt({ at, number }: { at: string; number: number }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('topic.versionSaved', { number, at: formatDateTime(at) })}
    </Text>
  );
}

/**
 * Đề cương: the preparer writes it; the preparers and approvers read it. Once the draft is under way the
 * outline is mostly read, so its editor opens on demand.
 */
export function OutlineSection({ prep, onDirtyChange }: TextSectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { outline } = prep;
  if (!outline && !prep.permissions.editOutline) return null;
  return (
    <Section title={t('topic.outline')} testId="outline">
      {outline ? <SavedAt at={outline.createdAt} number={outline.number} /> : null}
      {editing ? (
        <Suspense fallback={<Loading />}>
          <RichTextEditor
            topicId={prep.topic.id}
            kind="outline"
            label={t('topic.editor.outlineLabel')}
            initialHtml={outline?.html ?? ''}
            baseVersionId={latestVersionId(prep, 'outline')}
            onDirtyChange={onDirtyChange}
          />
        </Suspense>
      ) : (
        <>
          {outline ? <RichTextView html={outline.html} testId="outline-text" /> : null}
          {prep.permissions.editOutline ? (
            <Group>
              <Button size="sm" variant="light" onClick={() => setEditing(true)}>
                {outline ? t('topic.editor.editOutline') : t('topic.editor.writeOutline')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Section>
  );
}

/** The draft of the current round: edited by the preparer, read (and commented on) by everyone else. */
export function DraftSection({ prep, onDirtyChange }: TextSectionProps) {
  const { t } = useTranslation();
  const { draft } = prep;
  const round = draft?.round ?? draftRound(prep.status);
  // While editing, the title names the round being written (after "start draft 2" the text is draft 2).
  const title = roundLabel(t, prep.permissions.editDraft ? draftRound(prep.status) : round);
  return (
    <Section title={title} testId="draft">
      {draft ? <SavedAt at={draft.createdAt} number={draft.number} /> : null}
      {prep.permissions.editDraft ? (
        <Suspense fallback={<Loading />}>
          <RichTextEditor
            topicId={prep.topic.id}
            kind="draft"
            label={t('topic.editor.draftLabel')}
            initialHtml={draft?.html ?? ''}
            baseVersionId={latestVersionId(prep, 'draft')}
            onDirtyChange={onDirtyChange}
            withTemplate={prep.topic.kind === 'resolution' ? 'resolution' : 'topic'}
          />
        </Suspense>
      ) : draft ? (
        <DraftReader prep={prep} draft={draft} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('topic.noDraft')}
        </Text>
      )}
    </Section>
  );
}
