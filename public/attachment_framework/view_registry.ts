/**
 * A registry of browser views keyed by type (an attachment type, a user-action type): the
 * activity feed asks it which view to show, so a new type is one registration. Registrations
 * happen while the app mounts; freezing makes a late one an error, as on the server.
 */
import { createKeyedRegistry, type KeyedRegistry } from '../../common/registries/registry';

export class ViewRegistry<V> {
  private readonly views: KeyedRegistry<V>;

  /** `what` names the registry in its errors: "attachment view", "user-action describer". */
  constructor(what: string) {
    this.views = createKeyedRegistry<V>(what);
  }

  register(type: string, view: V): void {
    this.views.register(type, view);
  }

  get(type: string): V | undefined {
    return this.views.get(type);
  }

  freeze(): void {
    this.views.freeze();
  }
}
