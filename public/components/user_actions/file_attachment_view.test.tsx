import { screen, within } from '@testing-library/react';
import type { Attachment } from '../../../common/types/domain/attachment';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { action, BOB, makeCase, makeUserActions } from '../case_view/test_fixtures';
import { describeUserAction } from './user_action_event';

/** Kibana's `.files` attachment, as the upload route writes it. */
function fileAttachment(id: string, fileId: string, name: string, extension: string, mimeType: string): Attachment {
  return {
    id,
    version: `v-${id}`,
    type: 'externalReference',
    externalReferenceId: fileId,
    externalReferenceStorage: { type: 'savedObject', soType: 'file' },
    externalReferenceAttachmentTypeId: '.files',
    externalReferenceMetadata: { files: [{ name, extension, mimeType, created: '2024-05-01T10:10:00.000Z' }] },
    owner: 'securitySolution',
    created_at: '2024-05-01T10:10:00.000Z',
    created_by: BOB,
    pushed_at: null,
    pushed_by: null,
    updated_at: null,
    updated_by: null,
  };
}

const payloadOf = (attachment: Attachment) => {
  const { id: _id, version: _v, created_at: _c, created_by: _cb, pushed_at: _p, pushed_by: _pb, updated_at: _u, updated_by: _ub, ...payload } = attachment;
  return payload;
};

describe('file attachments in the activity', () => {
  it('reads "added file <name>" with a download link, and a deletion "removed file <name>"', async () => {
    const kept = fileAttachment('att-1', 'file-1', 'phishing-mail', 'eml', 'message/rfc822');
    const removed = fileAttachment('att-2', 'file-2', 'screenshot', 'png', 'image/png');
    const userActions = [
      ...makeUserActions(),
      action({ action: 'create', type: 'comment', comment_id: 'att-1', payload: { comment: payloadOf(kept) } }),
      action({ action: 'create', type: 'comment', comment_id: 'att-2', payload: { comment: payloadOf(removed) } }),
      action({ action: 'delete', type: 'comment', comment_id: 'att-2', payload: { comment: payloadOf(removed) } }),
    ];
    renderCaseView({ state: { theCase: makeCase({ comments: [kept], totalComment: 1 }), userActions } });

    const entry = await screen.findByTestId('comment-att-1');
    expect(entry).toHaveTextContent('added file phishing-mail.eml');
    const link = await within(entry).findByTestId('file-attachment-download');
    expect(link).toHaveAttribute('href', '/internal/cases/case-1/files/file-1/download');
    expect(link).toHaveAttribute('download', 'phishing-mail.eml');
    expect(entry).not.toHaveTextContent('externalReference');

    expect(await screen.findByText('removed file screenshot.png')).toBeInTheDocument();
    expect(screen.queryByTestId('comment-att-2')).not.toBeInTheDocument();
  });

  it('names other external references and comments without a file as before', () => {
    const ctx = { profiles: new Map() };
    const indicator = { type: 'externalReference', externalReferenceAttachmentTypeId: 'indicator', externalReferenceId: 'i-1', externalReferenceMetadata: {}, owner: 'securitySolution' };
    expect(describeUserAction(action({ action: 'delete', type: 'comment', payload: { comment: indicator } }), ctx)?.event).toBe('removed an attachment');
    const comment = { type: 'user', comment: 'hello', owner: 'securitySolution' };
    expect(describeUserAction(action({ action: 'delete', type: 'comment', payload: { comment } }), ctx)?.event).toBe('removed a comment');
  });
});
