/**
 * Test-only: runs a ServiceNow connector type as the platform would — config, secrets and
 * params decoded by the type's schemas, the type's checks applied — against a simulator, with
 * the plain HTTP client of test/simulators.
 */
import { isLeft } from 'fp-ts/lib/Either';
import type * as t from 'io-ts';
import { formatErrors } from '../../../../../common/core/codec';
import { fetchHttp, testEgress } from '../../../../../test/simulators/fetch_http';
import { createTestLogger } from '../../../security/__fixtures__/test_logger';
import type { ConnectorHttp, ConnectorTypeDefinition } from '../../types';

export function decode<A>(codec: t.Decoder<unknown, A>, value: unknown): A {
  const result = codec.decode(value);
  if (isLeft(result)) throw new Error(formatErrors(result.left));
  return result.right;
}

export interface RunInput {
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
  params: unknown;
}

/** Executes one sub-action; returns its data or throws the executor's error. */
export async function runConnector<C, S, P>(type: ConnectorTypeDefinition<C, S, P>, { config, secrets, params }: RunInput, http: ConnectorHttp = fetchHttp()) {
  const decodedConfig = decode(type.schema.config, config);
  const decodedSecrets = decode(type.schema.secrets, secrets);
  const egress = testEgress();
  type.validate?.config?.(decodedConfig, { egress });
  type.validate?.secrets?.(decodedSecrets, { egress });
  const problem = type.validate?.connector?.(decodedConfig, decodedSecrets);
  if (problem) throw new Error(problem);
  const { logger } = createTestLogger();
  return type.execute({
    connectorId: 'servicenow-test',
    connectorName: 'ServiceNow test',
    config: decodedConfig,
    secrets: decodedSecrets,
    params: decode(type.schema.params, params),
    http,
    egress,
    hostSettings: () => ({ verificationMode: 'full' }),
    logger,
    spaceId: 'default',
  });
}

/** The message a failed execution throws. */
export async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the execution to fail');
}
