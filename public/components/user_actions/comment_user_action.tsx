/**
 * A comment in the timeline: its rendered markdown and a menu to edit it in place, quote it into
 * the new-comment box, copy a link to it or delete it. An edit keeps the comment's version, so an edit made on a
 * stale copy comes back as a conflict with the typed text still in the editor.
 *
 * A comment holding a `!{lens{...}}` chart also offers "Open visualization": the editor's result
 * replaces that embed's text and the comment is saved like any edit (Kibana records an update).
 * Other attachments show the items their view adds (a Lens attachment's "Open visualization").
 */
import { useMemo, useRef, useState } from 'react';
import { EuiComment, EuiConfirmModal, useEuiTheme } from '@elastic/eui';
import { useHref } from 'react-router-dom';
import { MAX_COMMENT_LENGTH } from '../../../common/constants';
import { findLensEmbeds, lensEmbedMarkdown, type LensEmbed } from '../../../common/visualizations/lens/markdown_embeds';
import type { Attachment } from '../../../common/types/domain/attachment';
import type { UserProfile } from '../../../common/core/user_profile';
import { useDeleteComment } from '../../containers/use_comment_mutations';
import { useCore } from '../../core';
import { caseUserName, toUserLike } from './case_user';
import { useCaseEdit } from '../case_view/case_edit_context';
import { useCaseDraft } from '../drafts/use_case_draft';
import { PropertyActions, type PropertyAction } from '../case_view/property_actions';
import { attachmentViews } from '../../attachment_framework/built_in';
import { UserAvatar } from '../user_profiles/user_avatar';
import { FormattedTime } from './formatted_time';
import { MarkdownEditForm, markdownErrors } from './markdown_edit_form';
import { LazyVisualizationEditorFlyout, type EditedVisualization, type StoredVisualizationEditorProps } from '../visualizations/lazy_editor_flyout';

type OpenableEmbed = LensEmbed & { config: NonNullable<LensEmbed['config']> };

/**
 * The chart "Open visualization" edits: the first one that reads. The menu has one item, so a
 * comment holding several charts opens the first; a malformed embed cannot be opened in the
 * editor and is skipped.
 */
function firstOpenableEmbed(text: string): OpenableEmbed | null {
  return (findLensEmbeds(text).find((embed) => embed.config !== null) as OpenableEmbed | undefined) ?? null;
}

/** `> ` before every line, then a blank line so the reply starts its own paragraph. */
export function toQuote(text: string): string {
  return `${text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')}\n\n`;
}

export interface CommentUserActionProps {
  comment: Attachment;
  profile?: UserProfile;
  onQuote: (quote: string) => void;
  /** Reached through a link to it: outlined until the analyst moves on. */
  isHighlighted?: boolean;
}

/** The absolute address of a comment, with the app's base path (and so the space) in it. */
function useCommentUrl(caseId: string, commentId: string): string {
  const href = useHref(`/${encodeURIComponent(caseId)}/${encodeURIComponent(commentId)}`);
  return new URL(href, window.location.origin).toString();
}

export function CommentUserAction({ comment, profile, onQuote, isHighlighted = false }: CommentUserActionProps) {
  const { caseData, updateComment, isSaving, pendingValue, conflict, dismiss, permissions } = useCaseEdit();
  const { toasts } = useCore();
  const { euiTheme } = useEuiTheme();
  const url = useCommentUrl(caseData.id, comment.id);
  const deleteComment = useDeleteComment(caseData.id);
  const view = attachmentViews.get(comment.type);
  const field = `comment:${comment.id}`;
  const text = comment.type === 'user' ? comment.comment : '';
  const pending = pendingValue<string>(field);
  // Unsaved text survives leaving the case: coming back reopens the editor with it.
  const [draft, setDraft, discardDraft] = useCaseDraft(caseData.id, `comment.${comment.id}`, pending ?? text);
  const [editRequested, setIsEditing] = useState(pending !== undefined || draft !== text);
  // Editing a comment is Kibana's updateComment (update_cases); a leftover draft waits for it.
  const isEditing = editRequested && permissions.update;
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  // The item of the view's own menu the user chose; its body does the work, then clears it.
  const [requestedAction, setRequestedAction] = useState<string | null>(null);
  const embed = useMemo(() => (view?.editable ? firstOpenableEmbed(text) : null), [view, text]);
  const [embedEditor, setEmbedEditor] = useState<StoredVisualizationEditorProps['stored'] | null>(null);

  const openEmbed = () => {
    if (embed) setEmbedEditor(embed.config);
  };

  const saveEmbed = async (result: EditedVisualization) => {
    if (!embed) return;
    const next = `${text.slice(0, embed.start)}${lensEmbedMarkdown(result)}${text.slice(embed.end)}`;
    const [tooLong] = markdownErrors(next, MAX_COMMENT_LENGTH, 'comment');
    if (tooLong) {
      toasts.addDanger(tooLong);
      return;
    }
    await updateComment(comment.id, next, () => setEmbedEditor(null));
  };

  const startEditing = () => {
    setDraft(text);
    setIsEditing(true);
  };

  const cancel = () => {
    setIsEditing(false);
    discardDraft();
    if (conflict?.field === field) dismiss();
  };

  const save = () => {
    if (markdownErrors(draft, MAX_COMMENT_LENGTH, 'comment').length > 0) return;
    if (draft === text) {
      setIsEditing(false);
      discardDraft();
      return;
    }
    const applied = () => {
      setIsEditing(false);
      discardDraft();
    };
    void updateComment(comment.id, () => draftRef.current, applied);
  };

  const confirmDelete = async () => {
    try {
      await deleteComment.mutateAsync(comment.id);
    } catch (error) {
      toasts.addError(error, { title: 'Could not delete the comment' });
    } finally {
      setIsConfirmingDelete(false);
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      toasts.addSuccess({ title: 'Link to the comment copied', 'data-test-subj': 'comment-link-copied-toast' });
    } catch {
      // No clipboard (plain http, or permission refused): the link itself is still useful.
      toasts.addDanger(`Could not copy the link; it is ${url}`);
    }
  };

  const name = caseUserName(comment.created_by);
  const commentItems: PropertyAction[] = view?.editable
    ? [
        ...(permissions.update ? [{ iconType: 'pencil', label: 'Edit comment', onClick: startEditing }] : []),
        ...(permissions.update && embed ? [{ iconType: 'lensApp', label: 'Open visualization', onClick: openEmbed }] : []),
        // A quote lands in the new-comment box, which needs create_comment.
        ...(permissions.createComment ? [{ iconType: 'quote', label: 'Quote', onClick: () => onQuote(toQuote(text)) }] : []),
        { iconType: 'link', label: 'Copy link', onClick: () => void copyLink() },
        ...(permissions.delete
          ? [{ iconType: 'trash', label: 'Delete comment', color: 'danger', onClick: () => setIsConfirmingDelete(true) } satisfies PropertyAction]
          : []),
      ]
    : [];
  const viewItems: PropertyAction[] = (view?.actions?.(comment, { canUpdate: permissions.update }) ?? []).map((action) => ({
    iconType: action.iconType,
    label: action.label,
    onClick: () => setRequestedAction(action.id),
  }));
  const menuItems = [...commentItems, ...viewItems];
  const actions =
    menuItems.length > 0 ? (
      <PropertyActions scope="user-action" ariaLabel={`Actions for the comment by ${name}`} disabled={isEditing} actions={menuItems} />
    ) : undefined;

  return (
    <EuiComment
      username={name}
      timelineAvatar={<UserAvatar profile={profile} user={toUserLike(comment.created_by)} size="m" />}
      timelineAvatarAriaLabel={name}
      event={view ? view.event(comment) : `added an attachment of type ${comment.type}`}
      timestamp={<FormattedTime iso={comment.created_at} />}
      actions={actions}
      aria-current={isHighlighted ? 'location' : undefined}
      css={
        isHighlighted && {
          '.euiCommentEvent': { outline: `${euiTheme.border.width.thick} solid ${euiTheme.colors.primary}`, backgroundColor: euiTheme.colors.backgroundBasePrimary },
        }
      }
      data-test-subj={`comment-${comment.id}`}
    >
      {isEditing ? (
        <MarkdownEditForm
          value={draft}
          onChange={setDraft}
          onSave={save}
          onCancel={cancel}
          isSaving={isSaving(field)}
          maxLength={MAX_COMMENT_LENGTH}
          what="comment"
          savedValue={text}
          id={`comment-editor-${comment.id}`}
          data-test-subj="user-action-markdown-form"
        />
      ) : (
        view && <view.Body attachment={comment} requestedAction={requestedAction} onActionDone={() => setRequestedAction(null)} />
      )}
      {embedEditor && <LazyVisualizationEditorFlyout stored={embedEditor} saveLabel="Save comment" onSave={saveEmbed} onClose={() => setEmbedEditor(null)} />}
      {isConfirmingDelete && (
        <EuiConfirmModal
          title="Delete this comment?"
          onCancel={() => setIsConfirmingDelete(false)}
          onConfirm={confirmDelete}
          cancelButtonText="Cancel"
          confirmButtonText="Delete"
          buttonColor="danger"
          defaultFocusedButton="cancel"
          isLoading={deleteComment.isPending}
          data-test-subj="property-actions-confirm-modal"
        >
          <p>The comment will be removed for everyone; the activity log keeps a record that it was deleted.</p>
        </EuiConfirmModal>
      )}
    </EuiComment>
  );
}
