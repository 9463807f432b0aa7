import { EuiFormRow, EuiText, EuiTextArea } from '@elastic/eui';
import { useState } from 'react';
import { type JsonObject } from '../types';
import { type ConnectorTypeForm, type TestParamsProps } from './types';

const EXAMPLE = {
  subAction: 'create',
  subActionParams: {
    title: 'Case from a connector test',
    description: 'Created by the Test tab of the connectors page.',
    tags: ['test'],
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    settings: { syncAlerts: false },
    owner: 'securitySolution',
  },
};

/** The JSON typed so far, kept apart while it does not parse: the params hold it under a marker key. */
const DRAFT = '__draft';

function parse(text: string): JsonObject {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as JsonObject;
  } catch {
    // fall through: an unparsable draft
  }
  return { [DRAFT]: text };
}

/** `.case` params are a document of their own (create, update or addComment): edited as JSON. */
function CaseTestParams({ params, onChange }: TestParamsProps) {
  const [text, setText] = useState(() => JSON.stringify(params, null, 2));
  return (
    <EuiFormRow label="Params (JSON)" fullWidth helpText="subAction create, update or addComment, with its subActionParams.">
      <EuiTextArea
        fullWidth
        rows={14}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parse(event.target.value));
        }}
        data-test-subj="connector-test-json"
      />
    </EuiFormRow>
  );
}

export const caseTypeForm: ConnectorTypeForm = {
  id: '.case',
  iconType: 'casesApp',
  defaultConfig: () => ({}),
  Fields: () => (
    <EuiText size="s" color="subdued">
      <p>This connector has no settings: it creates, updates and comments on cases of this space.</p>
    </EuiText>
  ),
  validate: () => ({}),
  defaultTestParams: () => EXAMPLE,
  TestParams: CaseTestParams,
  validateTestParams: (params) => (DRAFT in params ? 'The params must be a JSON object.' : null),
};
