/**
 * The registry of attachment views. A view's `Body` may be a `React.lazy` component, so that
 * registering a type does not download its renderer: the body's code loads the first time a
 * case shows an attachment of that type. Each body is therefore rendered inside its own
 * Suspense boundary, set here once for every view, built-in or registered by a plugin, rather
 * than by every place that shows one.
 */
import { Suspense } from 'react';
import { EuiSkeletonText } from '@elastic/eui';
import type { AttachmentBodyProps, AttachmentView } from './types';
import { ViewRegistry } from './view_registry';

function withSuspense(Body: AttachmentView['Body']): AttachmentView['Body'] {
  function SuspendedBody(props: AttachmentBodyProps) {
    return (
      <Suspense fallback={<EuiSkeletonText lines={2} size="s" data-test-subj="attachment-body-loading" />}>
        <Body {...props} />
      </Suspense>
    );
  }
  return SuspendedBody;
}

export class AttachmentViewRegistry extends ViewRegistry<AttachmentView> {
  constructor() {
    super('attachment view');
  }

  override register(type: string, view: AttachmentView): void {
    super.register(type, { ...view, Body: withSuspense(view.Body) });
  }
}
