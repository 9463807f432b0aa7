import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Attachment } from '../../../common/types/domain/attachment';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { action, ANA, BOB, makeAlertAttachment, makeCase, makeUserActions } from '../case_view/test_fixtures';
import type { TimelineItem } from './build_timeline';
import { groupAttachmentItems } from './group_attachment_items';

const RULE_A = { id: 'rule-a', name: 'Suspicious PowerShell' };
const RULE_B = { id: 'rule-b', name: 'Credential dumping' };

const eventAttachment = (id: string, eventIds: string[]) =>
  ({ ...makeAlertAttachment(id, [], RULE_A), type: 'event', eventId: eventIds, index: eventIds.map(() => 'cases-events-default'), alertId: undefined, rule: undefined }) as unknown as Attachment;

const commentItem = (comment: Attachment): TimelineItem => ({ kind: 'comment', comment, at: comment.created_at });

describe('groupAttachmentItems', () => {
  it('joins consecutive attachments of one author and rule, and nothing across another entry', () => {
    const a1 = makeAlertAttachment('c-1', ['x1'], RULE_A);
    const a2 = makeAlertAttachment('c-2', ['x2'], RULE_A);
    const b1 = makeAlertAttachment('c-3', ['x3', 'x4'], RULE_B);
    const byBob = makeAlertAttachment('c-4', ['x5'], RULE_B, BOB);
    const after = makeAlertAttachment('c-5', ['x6'], RULE_B, BOB);
    const status = { kind: 'action', action: action({ action: 'update', type: 'status', payload: { status: 'closed' } }), at: '' } as TimelineItem;
    const grouped = groupAttachmentItems([a1, a2, b1, byBob].map(commentItem).concat(status, commentItem(after)));
    expect(grouped.map((item) => (item.kind === 'attachments' ? item.comments.map((c) => c.id) : item.kind))).toEqual([
      ['c-1', 'c-2'],
      ['c-3'],
      ['c-4'],
      'action',
      ['c-5'],
    ]);
  });
});

describe('alert and event entries in the activity', () => {
  const comments = [
    makeAlertAttachment('c-1', ['x1'], RULE_A, ANA, '2024-05-01T11:00:00.000Z'),
    makeAlertAttachment('c-2', ['x2'], RULE_A, ANA, '2024-05-01T11:01:00.000Z'),
    makeAlertAttachment('c-3', ['x3', 'x4', 'x5'], RULE_B, ANA, '2024-05-01T11:02:00.000Z'),
    makeAlertAttachment('c-4', ['x6'], { id: null, name: null }, BOB, '2024-05-01T11:03:00.000Z'),
    eventAttachment('c-5', ['e1']),
    { ...eventAttachment('c-6', ['e2', 'e3']), created_by: BOB } as Attachment,
  ];
  const logged = (comment: Attachment) =>
    action({ action: 'create', type: 'comment', payload: { comment: { type: comment.type, owner: 'securitySolution' } }, comment_id: comment.id, created_at: comment.created_at, created_by: comment.created_by });

  it('words them as Kibana does, grouped, with a way to the tab that lists them', async () => {
    renderCaseView({ state: { theCase: makeCase({ comments, totalAlerts: 6 }), userActions: [...makeUserActions(), ...comments.map(logged)] } });
    const list = await screen.findByTestId('user-actions-list');
    await waitFor(() => expect(within(list).getByTestId('multiple-alerts-user-action-c-1')).toHaveTextContent('added 2 alerts from Suspicious PowerShell'));
    expect(within(list).getByTestId('multiple-alerts-user-action-c-3')).toHaveTextContent('added 3 alerts from Credential dumping');
    expect(within(list).getByTestId('single-alert-user-action-c-4')).toHaveTextContent('added an alert from Unknown rule');
    expect(within(list).getByTestId('single-event-user-action-c-5')).toHaveTextContent('added an event');
    expect(within(list).getByTestId('multiple-events-user-action-c-6')).toHaveTextContent('added 2 events');
    expect(within(list).queryByTestId('user-action-alert-comment-create-action-c-2')).not.toBeInTheDocument();

    await userEvent.setup({ pointerEventsCheck: 0 }).click(within(screen.getByTestId('user-action-alert-comment-create-action-c-3')).getByTestId('comment-action-show-alerts-case-1'));
    expect(screen.getByTestId('test-location')).toHaveTextContent('/case-1?tabId=alerts');
    expect(await screen.findByTestId('case-view-tab-content-alerts')).toBeInTheDocument();
  });
});
