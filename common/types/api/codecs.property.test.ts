/**
 * Every codec of the API, and of the stored shapes it embeds, against hostile input: decoding
 * either returns or throws a DecodeError (a 400), never another exception (a 500).
 */
import fc from 'fast-check';
import * as t from 'io-ts';
import { DecodeError, decodeOrThrow, limitedArray, limitedString, strict } from '../../core/codec';
import { hostileQuery, hostileValue, nestedValue } from '../../core/__fixtures__/hostile_json';
import * as attachment from './attachment';
import * as caseApi from './case';
import * as metrics from './metrics';
import * as requestCodecs from './request_codecs';
import * as search from './search_codec';
import * as userAction from './user_action';
import * as userProfile from './user_profile';
import * as domainAttachment from '../domain/attachment';
import * as domainCase from '../domain/case';
import * as domainConnector from '../domain/connector';
import * as domainEnums from '../domain/enums';
import * as domainExternalService from '../domain/external_service';
import * as domainSettings from '../domain/settings';
import * as domainUser from '../domain/user';
import * as domainUserAction from '../domain/user_action';

const modules = {
  attachment, caseApi, metrics, requestCodecs, search, userAction, userProfile,
  domainAttachment, domainCase, domainConnector, domainEnums, domainExternalService, domainSettings, domainUser, domainUserAction,
};

/** Every exported codec, found by walking the modules so that a new one joins by itself. */
const codecs: Array<[string, t.Mixed]> = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter((entry): entry is [string, t.Mixed] => entry[1] instanceof t.Type)
    .map(([name, codec]) => [`${module}.${name}`, codec] as [string, t.Mixed]),
);

function decodesOrRefuses(codec: t.Mixed, input: unknown): void {
  try {
    decodeOrThrow(codec, input);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    // The message is the 400's body: it must stay readable whatever arrived.
    expect(e.message.length).toBeLessThan(20 * 600);
  }
}

it('finds the codecs to test', () => {
  expect(codecs.length).toBeGreaterThan(20);
  expect(codecs.map(([name]) => name)).toEqual(expect.arrayContaining(['caseApi.CasePostRequestRt', 'caseApi.CasesFindQueryRt', 'metrics.CasesMetricsQueryRt']));
});

describe.each(codecs)('%s', (_name, codec) => {
  it('returns or throws a DecodeError on hostile JSON', () => {
    fc.assert(fc.property(hostileValue, (input) => decodesOrRefuses(codec, input)), { numRuns: 60 });
  });

  it('returns or throws a DecodeError on a hostile query string', () => {
    fc.assert(fc.property(hostileQuery, (input) => decodesOrRefuses(codec, input)), { numRuns: 30 });
  });
});

describe('common/core building blocks', () => {
  const blocks: Array<[string, t.Mixed]> = [
    ['strict', strict({ title: limitedString('title', { max: 5 }), n: t.number })],
    ['limitedArray', limitedArray(strict({ uid: t.string }), 'assignees', { max: 3 })],
    ['limitedString', limitedString('title', { min: 1, max: 5 })],
  ];
  it.each(blocks)('%s returns or throws a DecodeError on hostile JSON', (_name, codec) => {
    fc.assert(fc.property(hostileValue, (input) => decodesOrRefuses(codec, input)), { numRuns: 200 });
  });

  it.each(blocks)('%s refuses 10,000 levels of nesting with a DecodeError (JSON.stringify overflowed here)', (_name, codec) => {
    expect(() => decodeOrThrow(codec, nestedValue(10_000, 'array'))).toThrow(DecodeError);
    expect(() => decodeOrThrow(codec, { title: nestedValue(10_000, 'array'), n: nestedValue(10_000, 'object') })).toThrow(DecodeError);
  });
});
