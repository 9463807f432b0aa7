/**
 * Data sources as GET .../data_sources answers them, for the Lens reader's tests: the alerts
 * source claims Security's default data view, the events source answers `logs-*`-style titles.
 */
import type { VisualizationDataSource, VisualizationField } from '../../query_api';

const keyword = (name: string): VisualizationField => ({ name, type: 'string', aggregatable: true, searchable: true });
const number = (name: string): VisualizationField => ({ name, type: 'number', aggregatable: true, searchable: true });
const date = (name: string): VisualizationField => ({ name, type: 'date', aggregatable: true, searchable: true });

export const alertsSource: VisualizationDataSource = {
  id: 'alerts',
  name: 'Alerts',
  timeField: '@timestamp',
  indexPatterns: ['.alerts-security.alerts-default'],
  dataViewIds: ['security-solution-default'],
  fields: [
    date('@timestamp'),
    keyword('host.name'),
    keyword('user.name'),
    keyword('event.category'),
    keyword('event.outcome'),
    number('event.duration'),
    keyword('kibana.alert.rule.name'),
    keyword('kibana.alert.severity'),
    keyword('kibana.alert.workflow_status'),
    keyword('kibana.alert.building_block_type'),
    number('kibana.alert.risk_score'),
    { name: 'kibana.alert.reason', type: 'string', aggregatable: false, searchable: true, text: true },
  ],
};

export const eventsSource: VisualizationDataSource = {
  id: 'events',
  name: 'Events',
  timeField: '@timestamp',
  indexPatterns: ['logs-*', 'auditbeat-*', 'winlogbeat-*'],
  dataViewIds: [],
  fields: [
    date('@timestamp'),
    keyword('host.name'),
    keyword('event.category'),
    keyword('event.outcome'),
    number('event.duration'),
    { name: 'source.ip', type: 'ip', aggregatable: true, searchable: true },
    { name: 'event.ingested', type: 'date', aggregatable: true, searchable: true },
    { name: 'message', type: 'string', aggregatable: false, searchable: true, text: true },
  ],
};

export const casesSource: VisualizationDataSource = {
  id: 'cases',
  name: 'Cases',
  timeField: 'created_at',
  indexPatterns: ['cases'],
  dataViewIds: [],
  fields: [
    date('created_at'),
    date('closed_at'),
    keyword('status'),
    keyword('severity'),
    keyword('tags'),
    keyword('owner'),
    { name: 'total_alerts', type: 'number', aggregatable: true, searchable: true },
    { name: 'open', type: 'boolean', aggregatable: true, searchable: true },
  ],
};

export const allSources = [alertsSource, eventsSource, casesSource];
