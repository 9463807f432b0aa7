/**
 * The registry plugins fill during setup. It is frozen before start so that every backend
 * builds its storage from one final list of types.
 */
import { validateModelVersions } from './model_versions';
import type { SavedObjectTypeRegistry, SavedObjectsType } from './types';

/** Lower-case start, then lower-case letters, digits, `_`, `.` and `-`, as Kibana type names are. */
const TYPE_NAME = /^[a-z0-9][a-z0-9_.-]*$/;

export class TypeRegistry implements SavedObjectTypeRegistry {
  private readonly types = new Map<string, SavedObjectsType>();
  private frozen = false;

  registerType(type: SavedObjectsType): void {
    if (this.frozen) {
      throw new Error(`Cannot register saved object type [${type.name}]: the registry is frozen`);
    }
    if (!TYPE_NAME.test(type.name)) {
      throw new Error(`Invalid saved object type name [${type.name}]: expected ${TYPE_NAME.source}`);
    }
    if (this.types.has(type.name)) {
      throw new Error(`Saved object type [${type.name}] is already registered`);
    }
    if (type.namespaceType !== 'single' && type.namespaceType !== 'agnostic') {
      throw new Error(`Saved object type [${type.name}] has an invalid namespaceType [${String(type.namespaceType)}]`);
    }
    validateModelVersions(type);
    this.types.set(type.name, type);
  }

  getType(name: string): SavedObjectsType | undefined {
    return this.types.get(name);
  }

  getAllTypes(): SavedObjectsType[] {
    return [...this.types.values()];
  }

  isNamespaceAgnostic(name: string): boolean {
    return this.types.get(name)?.namespaceType === 'agnostic';
  }

  /** Called once setup is over; later registrations are programming errors. */
  freeze(): void {
    this.frozen = true;
  }

  isFrozen(): boolean {
    return this.frozen;
  }
}
