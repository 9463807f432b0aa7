import { EuiCallOut, EuiText } from '@elastic/eui';
import { getErrorMessage, HttpFetchError } from '../http_client';

/** A 403 here means the caller is not an administrator: say so rather than "failed". */
export function LoadErrorCallout({ what, error, testSubj }: { what: string; error: unknown; testSubj: string }) {
  const forbidden = error instanceof HttpFetchError && error.statusCode === 403;
  return (
    <EuiCallOut
      color={forbidden ? 'warning' : 'danger'}
      iconType={forbidden ? 'lock' : 'error'}
      title={forbidden ? `You do not have permission to manage ${what}` : `Could not load ${what}`}
      data-test-subj={testSubj}
    >
      <EuiText size="s">
        <p>{getErrorMessage(error)}</p>
      </EuiText>
    </EuiCallOut>
  );
}
