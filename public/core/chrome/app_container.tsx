import { useEffect, useRef, useState } from 'react';
import { EuiEmptyPrompt, EuiLoadingSpinner } from '@elastic/eui';
import { css } from '@emotion/react';
import { type App, type AppUnmount, type CoreStart } from '../application_service';
import { getAppBasePath } from '../space_url';

type MountState = { status: 'mounting' } | { status: 'mounted' } | { status: 'failed'; error: Error };

const hostCss = css`
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  & > div {
    display: flex;
    flex-direction: column;
    flex-grow: 1;
  }
`;

/**
 * Hands a fresh element to the app's mount function and calls the unmount it returns when the
 * app changes. The app owns that element (its own React root), the shell only its container.
 */
export function AppContainer({ app, core }: { app: App; core: CoreStart }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<MountState>({ status: 'mounting' });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const element = document.createElement('div');
    element.setAttribute('data-test-subj', `appMountPoint-${app.id}`);
    host.appendChild(element);
    let active = true;
    let unmount: AppUnmount | undefined;
    setState({ status: 'mounting' });

    Promise.resolve()
      .then(() => app.mount({ element, appBasePath: getAppBasePath(core.spaceId, app.id), spaceId: core.spaceId, core }))
      .then(
        (fn) => {
          if (active) {
            unmount = fn;
            setState({ status: 'mounted' });
          } else {
            fn();
          }
        },
        (error: unknown) => {
          if (active) setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
        },
      );

    return () => {
      active = false;
      const fn = unmount;
      // An app's React root cannot be unmounted synchronously while this root is committing.
      queueMicrotask(() => {
        fn?.();
        element.remove();
      });
    };
  }, [app, core]);

  return (
    <div css={hostCss} data-test-subj={`appContainer-${app.id}`}>
      {state.status === 'mounting' && (
        <EuiEmptyPrompt data-test-subj="appLoading" icon={<EuiLoadingSpinner size="xl" />} />
      )}
      {state.status === 'failed' && (
        <EuiEmptyPrompt
          data-test-subj="appLoadError"
          iconType="error"
          color="danger"
          title={<h2>{app.title} could not be loaded</h2>}
          body={<p>{state.error.message}. Reload the page to try again.</p>}
        />
      )}
      <div ref={hostRef} />
    </div>
  );
}
