/** The attachment views the app ships: user comments and alerts. */
import { EuiText } from '@elastic/eui';
import type { Attachment } from '../../common/types/domain/attachment';
import { MarkdownRenderer } from '../components/markdown/markdown_renderer';
import type { AttachmentView } from './types';
import { ViewRegistry } from './view_registry';

type Of<T extends Attachment['type']> = Extract<Attachment, { type: T }>;

const userView: AttachmentView = {
  event: (a) => <>commented{a.updated_at ? ' (edited)' : ''}</>,
  Body: ({ attachment }) => <MarkdownRenderer data-test-subj="user-action-markdown">{(attachment as Of<'user'>).comment}</MarkdownRenderer>,
  noun: 'a comment',
  editable: true,
  tab: 'activity',
};

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

export function createAttachmentViews(): ViewRegistry<AttachmentView> {
  const views = new ViewRegistry<AttachmentView>('attachment view');
  views.register('user', userView);
  views.register('alert', alertView);
  return views;
}

/** The app's registry; features register their views before the app mounts. */
export const attachmentViews = createAttachmentViews();
