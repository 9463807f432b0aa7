import { lazy, type ComponentType } from 'react';
import { act, render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { Attachment } from '../../common/types/domain/attachment';
import { makeCase } from '../components/case_view/test_fixtures';
import { AttachmentViewRegistry } from './attachment_view_registry';
import { createAttachmentViews } from './built_in';
import type { AttachmentView } from './types';

type BodyModule = { default: ComponentType<{ attachment: Attachment }> };

const comment = makeCase().comments[0] as Attachment;

function renderBody(view: AttachmentView | undefined) {
  const { Body } = view!;
  return render(
    <EuiProvider colorMode="light">
      <Body attachment={comment} />
    </EuiProvider>,
  );
}

describe('attachment views with lazy bodies', () => {
  it('does not load a body when its type registers, and shows a placeholder while it loads', async () => {
    let resolve: (module: BodyModule) => void = () => undefined;
    const load = jest.fn(() => new Promise<BodyModule>((done) => (resolve = done)));
    const views = new AttachmentViewRegistry();
    views.register('widget', { event: () => 'added a widget', Body: lazy(load), noun: 'a widget', editable: false, tab: 'activity' });
    expect(load).not.toHaveBeenCalled();

    renderBody(views.get('widget'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('attachment-body-loading')).toBeInTheDocument();

    await act(async () => resolve({ default: () => <p data-test-subj="widget-body">A widget</p> }));
    expect(screen.getByTestId('widget-body')).toHaveTextContent('A widget');
    expect(screen.queryByTestId('attachment-body-loading')).not.toBeInTheDocument();
  });

  it('keeps what a view says beside its body', () => {
    const views = new AttachmentViewRegistry();
    const event = () => 'added a widget';
    views.register('widget', { event, Body: () => null, noun: 'a widget', editable: true, tab: 'files' });
    expect(views.get('widget')).toMatchObject({ event, noun: 'a widget', editable: true, tab: 'files' });
  });

  it('renders a user comment’s markdown once its renderer has loaded', async () => {
    renderBody(createAttachmentViews().get('user'));
    const body = await screen.findByTestId('user-action-markdown');
    expect(body.querySelector('strong')).toHaveTextContent('firewall');
  });
});
