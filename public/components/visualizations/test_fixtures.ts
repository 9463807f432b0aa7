/**
 * A Lens chart as Kibana stores it, the data sources and the table the query service answers,
 * for the tests of the chart panel, the Lens attachment and the comment embeds.
 */
import type { Attachment } from '../../../common/types/domain/attachment';
import type { Case } from '../../../common/types/domain/case';
import type { VisualizationDataSource, VisualizationQueryResponse } from '../../../common/visualizations/query_api';
import type { RecordedRequest } from '../../core/mocks';

export const ALERTS_SOURCE: VisualizationDataSource = {
  id: 'alerts',
  name: 'Alerts',
  timeField: '@timestamp',
  indexPatterns: ['.alerts-security.alerts-default'],
  dataViewIds: ['security-solution-default'],
  fields: [
    { name: '@timestamp', type: 'date', aggregatable: true, searchable: true },
    { name: 'host.name', type: 'string', aggregatable: true, searchable: true },
    { name: 'kibana.alert.severity', type: 'string', aggregatable: true, searchable: true },
  ],
};

/** Alerts per host per day, stacked bars: what Kibana's Lens saves for that chart (8.x, form-based). */
export const alertsPerHostAttributes = (title = 'Alerts per host') => ({
  title,
  description: '',
  visualizationType: 'lnsXY',
  type: 'lens',
  references: [{ type: 'index-pattern', id: 'security-solution-default', name: 'indexpattern-datasource-layer-layer1' }],
  state: {
    datasourceStates: {
      formBased: {
        layers: {
          layer1: {
            columnOrder: ['day', 'host', 'count'],
            columns: {
              day: { operationType: 'date_histogram', label: '@timestamp', dataType: 'date', isBucketed: true, scale: 'interval', sourceField: '@timestamp', params: { interval: 'd' } },
              host: {
                operationType: 'terms',
                label: 'Top 5 values of host.name',
                dataType: 'string',
                isBucketed: true,
                scale: 'ordinal',
                sourceField: 'host.name',
                params: { size: 5, orderBy: { type: 'column', columnId: 'count' }, orderDirection: 'desc', otherBucket: false },
              },
              count: { operationType: 'count', label: 'Count of records', dataType: 'number', isBucketed: false, scale: 'ratio', sourceField: '___records___', params: { emptyAsNull: true } },
            },
            incompleteColumns: {},
          },
        },
      },
    },
    visualization: {
      preferredSeriesType: 'bar_stacked',
      legend: { isVisible: true, position: 'right' },
      layers: [{ layerId: 'layer1', layerType: 'data', seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'] }],
    },
    query: { query: '', language: 'kuery' },
    filters: [],
  },
});

/** A heatmap over a percentile: two things this app does not draw. */
export const heatmapAttributes = () => ({
  title: 'Latency heatmap',
  visualizationType: 'lnsHeatmap',
  type: 'lens',
  references: [{ type: 'index-pattern', id: 'security-solution-default', name: 'indexpattern-datasource-layer-layer1' }],
  state: {
    datasourceStates: {
      formBased: {
        layers: {
          layer1: {
            columnOrder: ['host', 'p95'],
            columns: {
              host: { operationType: 'terms', label: 'host.name', dataType: 'string', isBucketed: true, sourceField: 'host.name', params: { size: 5, orderBy: { type: 'alphabetical' }, orderDirection: 'asc' } },
              p95: { operationType: 'percentile', label: 'p95', dataType: 'number', isBucketed: false, sourceField: 'event.duration', params: { percentile: 95 } },
            },
          },
        },
      },
    },
    visualization: { layerId: 'layer1', layerType: 'data', shape: 'heatmap', xAccessor: 'host', valueAccessor: 'p95' },
    query: { query: '', language: 'kuery' },
    filters: [],
  },
});

export const WEEK = { from: '2025-04-24T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z' };

export const alertsPerHostTable: VisualizationQueryResponse = {
  columns: [
    { id: 'day', role: 'bucket', type: 'date' },
    { id: 'host', role: 'bucket', type: 'string' },
    { id: 'count', role: 'metric', type: 'number' },
  ],
  rows: [
    { day: Date.parse('2025-04-24T00:00:00.000Z'), host: 'web-1', count: 4 },
    { day: Date.parse('2025-04-24T00:00:00.000Z'), host: 'db-1', count: 2 },
    { day: Date.parse('2025-04-25T00:00:00.000Z'), host: 'web-1', count: 7 },
  ],
  interval: 'day',
  total: 13,
};

/** Lets a test say when a panel scrolls into view: jsdom has no IntersectionObserver. */
export function installIntersectionObserver() {
  const observers = new Set<{ callback: IntersectionObserverCallback; elements: Element[] }>();
  class FakeIntersectionObserver {
    private readonly entry: { callback: IntersectionObserverCallback; elements: Element[] };
    constructor(callback: IntersectionObserverCallback, readonly options?: IntersectionObserverInit) {
      this.entry = { callback, elements: [] };
      observers.add(this.entry);
    }
    observe(element: Element) {
      this.entry.elements.push(element);
    }
    disconnect() {
      observers.delete(this.entry);
    }
    unobserve() {}
    takeRecords() {
      return [];
    }
  }
  Object.defineProperty(window, 'IntersectionObserver', { configurable: true, writable: true, value: FakeIntersectionObserver });
  return {
    observed: () => [...observers].reduce((count, observer) => count + observer.elements.length, 0),
    /** Every observed element comes near the viewport. */
    scrollAll() {
      for (const { callback, elements } of [...observers]) {
        callback(
          elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
          {} as IntersectionObserver,
        );
      }
    },
    restore: () => {
      delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    },
  };
}

/** The server's PATCH of a comment, on a test's case: the new fields, a new version, an update stamp; a stale version is a 409. */
export function patchCommentOn(state: { theCase: Case }) {
  return (request: RecordedRequest) => {
    const patch = request.body as Attachment & { id: string; version: string };
    const current = state.theCase.comments.find((comment) => comment.id === patch.id);
    if (!current || current.version !== patch.version) return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'stale' } };
    const { id: _id, version: _version, ...fields } = patch;
    const updated = { ...current, ...fields, version: `${current.version}+`, updated_at: '2024-05-02T00:00:00.000Z', updated_by: current.created_by } as Attachment;
    state.theCase = { ...state.theCase, version: `${state.theCase.version}+`, comments: state.theCase.comments.map((comment) => (comment.id === patch.id ? updated : comment)) };
    return { body: state.theCase };
  };
}
