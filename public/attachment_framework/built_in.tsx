/**
 * The attachment views the app ships: user comments, alerts, events, files and Lens
 * visualizations. This module loads with the app, before any page: a comment's body is lazy
 * because it brings the markdown stack (parser, emoji, code highlighting), which only the case
 * view needs.
 */
import { lazy } from 'react';
import { addedAlertsText, addedEventsText, attachedIds, ruleOf, UNKNOWN_RULE } from '../components/user_actions/attachment_wording';
import { externalReferenceView } from '../components/user_actions/file_attachment_view';
import { persistableStateView } from '../components/user_actions/lens_attachment_view';
import { AttachmentViewRegistry } from './attachment_view_registry';
import type { AttachmentView } from './types';

const userView: AttachmentView = {
  event: (a) => <>commented{a.updated_at ? ' (edited)' : ''}</>,
  Body: lazy(() => import('./user_comment_body')),
  noun: 'a comment',
  editable: true,
  tab: 'activity',
};

// Kibana shows alert and event attachments as one line in the activity: a bulk one may hold
// thousands of ids, which belong in the Alerts and Events tabs, not in the feed.
const NoBody = () => null;

const alertView: AttachmentView = {
  event: (a) => {
    const count = attachedIds(a).length;
    return (
      <>
        {addedAlertsText(count)} {ruleOf(a).name ?? UNKNOWN_RULE}
      </>
    );
  },
  Body: NoBody,
  noun: 'an alert',
  editable: false,
  tab: 'alerts',
};

const eventView: AttachmentView = { event: (a) => addedEventsText(attachedIds(a).length), Body: NoBody, noun: 'an event', editable: false, tab: 'events' };

export function createAttachmentViews(): AttachmentViewRegistry {
  const views = new AttachmentViewRegistry();
  views.register('user', userView);
  views.register('alert', alertView);
  views.register('event', eventView);
  // Kibana's externalReference attachments: `.files` reads "added file <name>" (its own file).
  views.register('externalReference', externalReferenceView);
  // Kibana's persistableState attachments: `.lens` reads "added a visualization", with a panel naming it.
  views.register('persistableState', persistableStateView);
  return views;
}

/** The app's registry; features register their views before the app mounts. */
export const attachmentViews = createAttachmentViews();
