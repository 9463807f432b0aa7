import { EuiCallOut, EuiSpacer } from '@elastic/eui';

/** The server's own message: it names what was wrong (an unknown role, a reserved name, ...). */
export function ServerErrorCallout({ title, message, testSubj }: { title: string; message?: string; testSubj: string }) {
  if (!message) return null;
  return (
    <>
      <EuiCallOut announceOnMount color="danger" iconType="error" title={title} data-test-subj={testSubj}>
        <p>{message}</p>
      </EuiCallOut>
      <EuiSpacer />
    </>
  );
}
