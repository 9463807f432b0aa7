import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiCodeBlock, EuiLink, EuiSpacer, EuiText } from '@elastic/eui';
import { getErrorMessage } from '../http_client';
import { type ConnectorTypeForm } from './type_forms/types';
import { type ExecuteResult, type JsonObject } from './types';
import { useExecuteConnector } from './use_connectors';

/** A pushed incident's id, title and link, when the answer is one. */
function IncidentSummary({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object') return null;
  const { id, title, url } = data as { id?: unknown; title?: unknown; url?: unknown };
  if (typeof id !== 'string') return null;
  return (
    <EuiText size="s" data-test-subj="connector-test-incident">
      <p>
        Incident <strong>{typeof title === 'string' ? title : id}</strong> (id {id})
        {typeof url === 'string' && /^https?:\/\//.test(url) && (
          <>
            {' '}
            <EuiLink href={url} target="_blank" rel="noopener noreferrer" external data-test-subj="connector-test-incident-link">
              Open
            </EuiLink>
          </>
        )}
      </p>
    </EuiText>
  );
}

function ResultView({ result }: { result: ExecuteResult }) {
  if (result.status === 'ok') {
    return (
      <EuiCallOut color="success" iconType="check" title="The connector ran successfully" data-test-subj="connector-test-result">
        <IncidentSummary data={result.data} />
        {result.data !== undefined && (
          <EuiCodeBlock language="json" fontSize="s" paddingSize="s" isCopyable data-test-subj="connector-test-result-data">
            {JSON.stringify(result.data, null, 2)}
          </EuiCodeBlock>
        )}
      </EuiCallOut>
    );
  }
  return (
    <EuiCallOut color="danger" iconType="error" title="The connector failed to run" data-test-subj="connector-test-result">
      <p data-test-subj="connector-test-result-message">{result.message}</p>
      {result.service_message && <p data-test-subj="connector-test-result-service-message">{result.service_message}</p>}
    </EuiCallOut>
  );
}

/**
 * Kibana's Test tab: runs the saved connector (not unsaved edits) with the type's test params
 * and shows the answer. `_execute` answers 200 for a failed run too; a non-200 is the call failing.
 */
export function TestPanel({ connectorId, typeForm }: { connectorId: string; typeForm: ConnectorTypeForm }) {
  const [params, setParams] = useState<JsonObject>(() => typeForm.defaultTestParams());
  const execute = useExecuteConnector();
  const problem = typeForm.validateTestParams(params);
  const { TestParams } = typeForm;
  return (
    <>
      <EuiText size="s" color="subdued">
        <p>Runs the saved connector against the external system. A case connector creates a real incident there.</p>
      </EuiText>
      <EuiSpacer size="m" />
      <TestParams params={params} onChange={setParams} />
      <EuiSpacer size="m" />
      {problem && (
        <EuiText size="xs" color="subdued" data-test-subj="connector-test-params-problem">
          <p>{problem}</p>
        </EuiText>
      )}
      <EuiButton iconType="play" isDisabled={problem !== null} isLoading={execute.isPending} onClick={() => execute.mutate({ id: connectorId, params })} data-test-subj="connector-test-run">
        Run
      </EuiButton>
      <EuiSpacer size="m" />
      {execute.data && <ResultView result={execute.data} />}
      {execute.error && (
        <EuiCallOut color="danger" iconType="error" title="The test could not run" data-test-subj="connector-test-result">
          <p>{getErrorMessage(execute.error)}</p>
        </EuiCallOut>
      )}
    </>
  );
}
