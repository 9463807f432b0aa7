/** A user comment's body: its markdown. Loaded on first use (see built_in.tsx), never by the list. */
import type { Attachment } from '../../common/types/domain/attachment';
import { MarkdownRenderer } from '../components/markdown/markdown_renderer';

export default function UserCommentBody({ attachment }: { attachment: Attachment }) {
  const comment = attachment.type === 'user' ? attachment.comment : '';
  return <MarkdownRenderer data-test-subj="user-action-markdown">{comment}</MarkdownRenderer>;
}
