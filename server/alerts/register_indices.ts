/** Declares the plugin's two document families during setup. */
import type { DataServiceSetup } from '../core';
import type { ResolvedCasesConfig } from '../config';
import { alertIndexDefinition } from './alert_index';
import { eventIndexDefinition } from './event_index';

export function registerAlertIndices(data: DataServiceSetup, config: ResolvedCasesConfig): void {
  data.registerIndex(alertIndexDefinition(config));
  data.registerIndex(eventIndexDefinition(config));
}
