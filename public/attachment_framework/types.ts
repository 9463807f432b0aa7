/** How an attachment type shows in a case: its line and body in the activity, and its tab. */
import type { ReactNode } from 'react';
import type { AnyAttachmentPayload, Attachment } from '../../common/types/domain/attachment';

export interface AttachmentView {
  /** The line beside the author: "commented", "added an alert". */
  event(attachment: Attachment): ReactNode;
  /**
   * The body under that line. May be `React.lazy(() => import('./my_body'))`, and should be when
   * it brings heavy code: the registry renders it inside a Suspense boundary.
   */
  Body(props: { attachment: Attachment }): ReactNode;
  /** What a deletion in the activity says was removed: "a comment", "an alert". */
  noun: string;
  /** What a deletion names when the attachment itself says it better than `noun` ("file report.pdf"). */
  nounOf?(attachment: AnyAttachmentPayload): string | null;
  /** Whether the text can be edited in place (user comments). */
  editable: boolean;
  /** The case-view tab listing these attachments; `activity` is the feed itself. */
  tab: 'activity' | 'alerts' | 'events' | 'files' | 'observables';
}
