/** How an attachment type shows in a case: its line and body in the activity, and its tab. */
import type { ReactNode } from 'react';
import type { AnyAttachmentPayload, Attachment } from '../../common/types/domain/attachment';

/**
 * An item an attachment adds to its entry's menu in the activity ("Open visualization" on a Lens
 * chart), as Kibana's attachment types add theirs. The activity owns the menu, the view owns
 * what the item does: that work often needs the body's own state (an editor flyout over the
 * chart it edits), so the menu only names the item and passes its `id` to the Body as
 * `requestedAction`, rather than calling back into the view from outside its component.
 */
export interface AttachmentMenuAction {
  /** Handed to the Body as `requestedAction`. */
  id: string;
  /** EUI icon; also the end of the item's test subject, as Kibana's (`property-actions-user-action-lensApp`). */
  iconType: string;
  label: string;
}

export interface AttachmentBodyProps {
  attachment: Attachment;
  /** The menu item the user chose (an `AttachmentMenuAction.id`), until the body calls `onActionDone`. */
  requestedAction?: string | null;
  /** The body has finished the requested action (saved, or cancelled): the request is cleared. */
  onActionDone?(): void;
}

export interface AttachmentView {
  /** The line beside the author: "commented", "added an alert". */
  event(attachment: Attachment): ReactNode;
  /**
   * The body under that line. May be `React.lazy(() => import('./my_body'))`, and should be when
   * it brings heavy code: the registry renders it inside a Suspense boundary.
   */
  Body(props: AttachmentBodyProps): ReactNode;
  /** What a deletion in the activity says was removed: "a comment", "an alert". */
  noun: string;
  /** What a deletion names when the attachment itself says it better than `noun` ("file report.pdf"). */
  nounOf?(attachment: AnyAttachmentPayload): string | null;
  /** Whether the text can be edited in place (user comments). */
  editable: boolean;
  /** The case-view tab listing these attachments; `activity` is the feed itself. */
  tab: 'activity' | 'alerts' | 'events' | 'files' | 'observables';
  /**
   * Items of the attachment's own for its menu; `canUpdate` says whether the user may change the
   * case (Kibana's update privilege), which editing an attachment needs.
   */
  actions?(attachment: Attachment, context: { canUpdate: boolean }): AttachmentMenuAction[];
}
