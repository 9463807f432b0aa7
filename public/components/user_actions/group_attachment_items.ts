/**
 * Alert and event attachments in the feed, grouped as Kibana groups them: one entry per
 * attachment ("added 3 alerts from <rule>" for a bulk one), and consecutive attachments of one
 * author and one rule (alerts added one by one from the same detection) read as one entry.
 */
import type { Attachment } from '../../../common/types/domain/attachment';
import { ruleOf } from './attachment_wording';
import type { TimelineItem } from './build_timeline';

export type DocumentAttachmentType = 'alert' | 'event';

export interface AttachmentGroupItem {
  kind: 'attachments';
  type: DocumentAttachmentType;
  comments: Attachment[];
  at: string;
}

export type ActivityItem = TimelineItem | AttachmentGroupItem;

const isDocumentAttachment = (type: string): type is DocumentAttachmentType => type === 'alert' || type === 'event';

function groupKey(comment: Attachment): string {
  const rule = comment.type === 'alert' ? ruleOf(comment) : { id: null, name: null };
  return JSON.stringify([comment.type, comment.created_by.username, rule.id, rule.name]);
}

export function groupAttachmentItems(items: TimelineItem[]): ActivityItem[] {
  const grouped: ActivityItem[] = [];
  let lastKey: string | null = null;
  for (const item of items) {
    if (item.kind !== 'comment' || !isDocumentAttachment(item.comment.type)) {
      grouped.push(item);
      lastKey = null;
      continue;
    }
    const key = groupKey(item.comment);
    const previous = grouped.at(-1);
    if (key === lastKey && previous?.kind === 'attachments') {
      previous.comments.push(item.comment);
      continue;
    }
    grouped.push({ kind: 'attachments', type: item.comment.type, comments: [item.comment], at: item.at });
    lastKey = key;
  }
  return grouped;
}
