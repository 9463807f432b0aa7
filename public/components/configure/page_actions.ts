import type { CustomFieldConfiguration, ObservableTypeConfiguration, TemplateConfiguration } from '../../../common/types/domain/configure';
import type { ConfigurationChange, SaveOutcome } from './use_configuration_save';

/** Which flyout is open, and the entry it edits (none when adding). */
export type OpenFlyout =
  | { kind: 'customField'; item?: CustomFieldConfiguration }
  | { kind: 'template'; item?: TemplateConfiguration }
  | { kind: 'observableType'; item?: ObservableTypeConfiguration };

/** What the page hands its sections: open a flyout, or save a change made outside one (closure, a deletion). */
export interface PageActions {
  openFlyout(flyout: OpenFlyout): void;
  /** `what` names the change in the conflict callout: "closure option". */
  saveFromPage(change: ConfigurationChange, what: string): Promise<SaveOutcome>;
  isSaving: boolean;
}
