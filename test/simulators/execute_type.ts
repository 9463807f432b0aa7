/**
 * Runs a connector type's executor as the platform would, for the types' unit tests: params
 * decoded by the type's own schema (a refusal throws its readable message), the plain
 * `fetchHttp()` client, egress rules that allow everything, full TLS verification and a quiet
 * logger unless the test passes its own. The platform's executor (server/core/actions) has tests
 * of its own for what this leaves out: secrets decryption, error results and the real client.
 */
import { isLeft } from 'fp-ts/lib/Either';
import { formatErrors } from '../../common/core/codec';
import type { ConnectorExecutorOptions, ConnectorTypeDefinition } from '../../server/core/actions/types';
import { createTestLogger } from '../../server/core/security/__fixtures__/test_logger';
import { fetchHttp, testEgress } from './fetch_http';

export type ExecuteTypeOptions<Config, Secrets> = { config: Config; secrets: Secrets; params: unknown } & Partial<
  Omit<ConnectorExecutorOptions<Config, Secrets, unknown>, 'config' | 'secrets' | 'params'>
>;

/** The type's params decoder, throwing its readable message: what the platform answers as `error validating action params`. */
export function decodeTypeParams<Params>(type: Pick<ConnectorTypeDefinition<unknown, unknown, Params>, 'schema'>, params: unknown): Params {
  const decoded = type.schema.params.decode(params);
  if (isLeft(decoded)) throw new Error(formatErrors(decoded.left));
  return decoded.right;
}

export async function executeType<Config, Secrets, Params>(type: ConnectorTypeDefinition<Config, Secrets, Params>, { params, ...options }: ExecuteTypeOptions<Config, Secrets>): Promise<unknown> {
  const decoded = decodeTypeParams(type, params);
  return type.execute({
    connectorId: `${type.id.slice(1)}-1`,
    connectorName: type.name,
    http: fetchHttp(),
    egress: testEgress(),
    hostSettings: () => ({ verificationMode: 'full' }),
    logger: createTestLogger().logger,
    spaceId: 'default',
    ...options,
    params: decoded,
  });
}
