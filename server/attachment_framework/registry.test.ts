import * as t from 'io-ts';
import { isLeft, isRight } from 'fp-ts/lib/Either';
import { formatErrors, strict } from '../../common/core/codec';
import { ExternalReferencePayloadRt, type AnyAttachmentPayload } from '../../common/types/domain/attachment';
import { OwnerRt } from '../../common/types/domain/enums';
import { createAttachmentTypeRegistry } from './built_in';
import { attachmentPatchCodec, attachmentRequestCodec } from './request_codec';
import type { AttachmentTypeDefinition } from './types';

const asPayload = (c: t.Mixed) => c as t.Decoder<unknown, AnyAttachmentPayload>;

/** Kibana's externalReference, declared as a later issue would, with its sub-registry. */
const externalReference: AttachmentTypeDefinition = {
  type: 'externalReference',
  request: asPayload(
    strict({
      type: t.literal('externalReference'),
      externalReferenceId: t.string,
      externalReferenceStorage: t.type({ type: t.literal('elasticSearchDoc') }),
      externalReferenceAttachmentTypeId: t.string,
      externalReferenceMetadata: t.union([t.record(t.string, t.unknown), t.null]),
      owner: OwnerRt,
    }),
  ),
  stored: asPayload(ExternalReferencePayloadRt),
  mappings: { externalReferenceAttachmentTypeId: { type: 'keyword' } },
  subTypeKey: 'externalReferenceAttachmentTypeId',
};

const reference = (subType: string, metadata: Record<string, unknown> | null = null) => ({
  type: 'externalReference',
  externalReferenceId: 'doc-1',
  externalReferenceStorage: { type: 'elasticSearchDoc' },
  externalReferenceAttachmentTypeId: subType,
  externalReferenceMetadata: metadata,
  owner: 'cases',
});

const messageOf = (codec: t.Decoder<unknown, unknown>, value: unknown) => {
  const decoded = codec.decode(value);
  return isLeft(decoded) ? formatErrors(decoded.left) : 'valid';
};

describe('attachment-type registry', () => {
  it('decodes the built-in user and alert requests and names an unknown type', () => {
    const codec = attachmentRequestCodec(createAttachmentTypeRegistry());
    expect(isRight(codec.decode({ type: 'user', comment: 'hi', owner: 'cases' }))).toBe(true);
    expect(isRight(codec.decode({ type: 'alert', alertId: ['a', 'b'], index: ['i', 'i'], rule: { id: null, name: null }, owner: 'cases' }))).toBe(true);
    expect(messageOf(codec, { type: 'widget', owner: 'cases' })).toBe('Attachment type widget is not registered.');
    expect(messageOf(codec, { type: 'user', comment: 'hi', owner: 'cases', extra: 1 })).toContain('invalid keys "extra"');
    expect(messageOf(codec, { comment: 'hi', owner: 'cases' })).toContain('"type"');
  });

  it('dispatches externalReference requests on their registered sub-type', () => {
    const registry = createAttachmentTypeRegistry();
    registry.registerSubType('externalReference', {
      id: '.test',
      request: asPayload(t.type({ externalReferenceMetadata: strict({ size: t.number }) })),
    });
    registry.registerSubType('externalReference', { id: '.made-elsewhere' });
    const codec = attachmentRequestCodec(registry);
    expect(isRight(codec.decode(reference('.test', { size: 3 })))).toBe(true);
    expect(messageOf(codec, reference('.test', { size: 'big' }))).toContain('size');
    expect(messageOf(codec, reference('.unheard-of'))).toBe('Attachment type .unheard-of is not registered.');
    expect(messageOf(codec, reference('.made-elsewhere'))).toBe('Attachments of type .made-elsewhere cannot be added through this route.');
    expect(registry.subTypeOf(reference('.test') as AnyAttachmentPayload)?.id).toBe('.test');
    expect(registry.mappings()).toMatchObject({ comment: { type: 'text' }, alertId: { type: 'keyword' }, externalReferenceAttachmentTypeId: { type: 'keyword' } });
  });

  it('checks a patch body: ids strict, the rest by its type', () => {
    const codec = attachmentPatchCodec(createAttachmentTypeRegistry());
    expect(codec.decode({ id: 'c', version: 'v', type: 'user', comment: 'x', owner: 'cases' })).toEqual({
      _tag: 'Right',
      right: { id: 'c', version: 'v', type: 'user', comment: 'x', owner: 'cases' },
    });
    expect(messageOf(codec, { version: 'v', type: 'user', comment: 'x', owner: 'cases' })).toContain('"id"');
    expect(messageOf(codec, { id: 'c', version: 'v', type: 'nope', owner: 'cases' })).toBe('Attachment type nope is not registered.');
  });

  it('refuses duplicates, sub-types of a type without them, and any registration once frozen', () => {
    const registry = createAttachmentTypeRegistry();
    expect(() => registry.register({ type: 'user', stored: asPayload(t.unknown) })).toThrow('already registered');
    expect(() => registry.registerSubType('user', { id: '.x' })).toThrow('takes no sub-types');
    expect(() => registry.register({ type: 'clash', stored: asPayload(t.unknown), mappings: { comment: { type: 'keyword' } } })).not.toThrow();
    expect(() => registry.mappings()).toThrow('maps comment differently');
    expect(() => registry.register(externalReference)).toThrow('already registered');
    registry.registerSubType('externalReference', { id: '.test' });
    expect(() => registry.registerSubType('externalReference', { id: '.test' })).toThrow('already registered');
    registry.freeze();
    expect(registry.isFrozen).toBe(true);
    expect(() => registry.register({ type: 'late', stored: asPayload(t.unknown) })).toThrow('frozen');
    expect(() => registry.registerSubType('externalReference', { id: '.late' })).toThrow('frozen');
  });

  it('says which types count toward which total', () => {
    const registry = createAttachmentTypeRegistry();
    expect(registry.typesCountedIn('totalComment')).toEqual(['user']);
    expect(registry.typesCountedIn('totalAlerts')).toEqual(['alert']);
  });
});
