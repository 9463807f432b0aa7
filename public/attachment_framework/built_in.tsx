/**
 * The attachment views the app ships: user comments and alerts. This module loads with the app,
 * before any page: a comment's body is lazy because it brings the markdown stack (parser,
 * emoji, code highlighting), which only the case view needs.
 */
import { lazy } from 'react';
import { EuiText } from '@elastic/eui';
import type { Attachment } from '../../common/types/domain/attachment';
import { AttachmentViewRegistry } from './attachment_view_registry';
import type { AttachmentView } from './types';

type Of<T extends Attachment['type']> = Extract<Attachment, { type: T }>;

const userView: AttachmentView = {
  event: (a) => <>commented{a.updated_at ? ' (edited)' : ''}</>,
  Body: lazy(() => import('./user_comment_body')),
  noun: 'a comment',
  editable: true,
  tab: 'activity',
};

// Not lazy: a few lines over EuiText, which every page already has; a chunk of its own would
// only add a request.
function AlertBody({ attachment }: { attachment: Attachment }) {
  const alert = attachment as Of<'alert'>;
  return (
    <EuiText size="s">
      <p>
        Alert {([] as string[]).concat(alert.alertId).join(', ')}
        {alert.rule.name ? ` from rule ${alert.rule.name}` : ''}
      </p>
    </EuiText>
  );
}

const alertView: AttachmentView = { event: () => 'added an alert', Body: AlertBody, noun: 'an alert', editable: false, tab: 'alerts' };

export function createAttachmentViews(): AttachmentViewRegistry {
  const views = new AttachmentViewRegistry();
  views.register('user', userView);
  views.register('alert', alertView);
  return views;
}

/** The app's registry; features register their views before the app mounts. */
export const attachmentViews = createAttachmentViews();
