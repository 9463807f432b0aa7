/** Declares the plugin's document families during setup: alerts, events and indicators. */
import type { DataServiceSetup } from '../core';
import type { ResolvedCasesConfig } from '../config';
import { alertIndexDefinition } from './alert_index';
import { eventIndexDefinition } from './event_index';
import { indicatorIndexDefinition } from '../indicators/indicator_index';

export function registerAlertIndices(data: DataServiceSetup, config: ResolvedCasesConfig): void {
  data.registerIndex(alertIndexDefinition(config));
  data.registerIndex(eventIndexDefinition(config));
  data.registerIndex(indicatorIndexDefinition());
}
