/** Where a case was last pushed. Null until the first push. */
import * as t from 'io-ts';
import { UserRt } from './user';

export const ExternalServiceRt = t.type({
  connector_id: t.string,
  connector_name: t.string,
  external_id: t.string,
  external_title: t.string,
  external_url: t.string,
  pushed_at: t.string,
  pushed_by: UserRt,
});
export type ExternalService = t.TypeOf<typeof ExternalServiceRt>;
