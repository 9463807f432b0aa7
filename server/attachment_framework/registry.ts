/**
 * The registry of attachment types. Types (and the sub-types of Kibana's `externalReference` and
 * `persistableState`) register during setup; start freezes the registry, after which a
 * registration is an error rather than a type that silently never takes effect.
 */
import { createKeyedRegistry, type KeyedRegistry } from '../../common/registries/registry';
import type { AnyAttachmentPayload } from '../../common/types/domain/attachment';
import type { MappingProperty } from '../core';
import type { AttachmentSubTypeDefinition, AttachmentTypeDefinition, CaseTotalField } from './types';

export class AttachmentTypeRegistry {
  private readonly types = createKeyedRegistry<AttachmentTypeDefinition>('attachment type');
  /** One registry of sub-types per parent that takes them; each freezes with this one. */
  private readonly subTypes = new Map<string, KeyedRegistry<AttachmentSubTypeDefinition>>();

  register(definition: AttachmentTypeDefinition): void {
    this.types.register(definition.type, definition);
    if (definition.subTypeKey) this.subTypes.set(definition.type, createKeyedRegistry(`${definition.type} sub-type`));
  }

  /** A sub-type of a registered parent that declares a `subTypeKey` (`externalReference`, `persistableState`). */
  registerSubType(parent: string, definition: AttachmentSubTypeDefinition): void {
    const children = this.subTypes.get(parent);
    if (!children) throw new Error(`Attachment type ${parent} is not registered or takes no sub-types`);
    children.register(definition.id, definition);
  }

  freeze(): void {
    this.types.freeze();
    for (const children of this.subTypes.values()) children.freeze();
  }

  get isFrozen(): boolean {
    return this.types.frozen;
  }

  get(type: string): AttachmentTypeDefinition | undefined {
    return this.types.get(type);
  }

  list(): AttachmentTypeDefinition[] {
    return [...this.types.list()];
  }

  /** The sub-type a payload names, when its type has sub-types; undefined when it names none registered. */
  subTypeOf(payload: AnyAttachmentPayload): AttachmentSubTypeDefinition | undefined {
    const key = this.types.get(payload.type)?.subTypeKey;
    const id = key ? payload[key] : undefined;
    return typeof id === 'string' ? this.subTypes.get(payload.type)?.get(id) : undefined;
  }

  /** The fields every registered type adds to the comments mapping, merged; a clash is a setup error. */
  mappings(): Record<string, MappingProperty> {
    const merged: Record<string, MappingProperty> = {};
    for (const { type, mappings = {} } of this.types.list()) {
      for (const [field, mapping] of Object.entries(mappings)) {
        if (merged[field] && JSON.stringify(merged[field]) !== JSON.stringify(mapping)) {
          throw new Error(`Attachment type ${type} maps ${field} differently from another type`);
        }
        merged[field] = mapping;
      }
    }
    return merged;
  }

  /** The types whose attachments add to `field`. */
  typesCountedIn(field: CaseTotalField): string[] {
    return this.list()
      .filter((d) => d.total === field)
      .map((d) => d.type);
  }
}
