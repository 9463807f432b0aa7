import { parseKql } from '../../../common/kql/parse_kql';
import type { KqlNode } from '../../../common/kql/types';
import { alertsHistogramDefinition, searchToKql } from './alerts_histogram_definition';

/** The values KQL reads back, with whether each is literal, for every condition AND-ed. */
function conditions(kql: string): Array<{ field: string; value: string; quoted: boolean }> {
  const walk = (node: KqlNode | null): Array<{ field: string; value: string; quoted: boolean }> => {
    if (!node) return [];
    if (node.type === 'and') return node.nodes.flatMap(walk);
    if (node.type === 'match') return [{ field: node.field, value: node.value, quoted: node.quoted }];
    throw new Error(`unexpected ${node.type}`);
  };
  return walk(parseKql(kql));
}

describe('searchToKql', () => {
  it('is empty for a blank search', () => {
    expect(searchToKql('   ')).toBe('');
  });

  it('requires each word and phrase in the reason, as the table does', () => {
    expect(conditions(searchToKql('powershell "created high alert" 10.0.0.7'))).toEqual([
      { field: 'kibana.alert.reason', value: 'powershell', quoted: false },
      { field: 'kibana.alert.reason', value: 'created high alert', quoted: true },
      { field: 'kibana.alert.reason', value: '10.0.0.7', quoted: false },
    ]);
  });

  it('keeps a trailing * as a prefix and escapes what KQL would read as syntax', () => {
    expect(conditions(searchToKql('power* a(b):c* or and x"y\\z'))).toEqual([
      { field: 'kibana.alert.reason', value: 'power*', quoted: false },
      { field: 'kibana.alert.reason', value: 'a(b):c*', quoted: false },
      { field: 'kibana.alert.reason', value: 'or', quoted: true },
      { field: 'kibana.alert.reason', value: 'and', quoted: true },
      { field: 'kibana.alert.reason', value: 'x"y\\z', quoted: false },
    ]);
  });

  it('reads a star inside a word, and a lone star, as no wildcard', () => {
    expect(conditions(searchToKql('a*b* *'))).toEqual([{ field: 'kibana.alert.reason', value: 'a*b', quoted: true }]);
  });
});

describe('alertsHistogramDefinition', () => {
  it('stacks the top 10 values over an auto date histogram, breakdown first, with the filters as pills', () => {
    const definition = alertsHistogramDefinition('host.name', { status: ['open'], rule: ['A', 'B'], severity: [], search: 'x' });
    expect(definition.buckets.map((bucket) => bucket.type)).toEqual(['terms', 'date_histogram']);
    expect(definition.chart).toEqual({
      type: 'xy',
      seriesType: 'bar_stacked',
      xAccessor: 'timestamp',
      splitAccessor: 'stackBy',
      accessors: ['count'],
      legend: { isVisible: true, position: 'right' },
    });
    expect(definition.filters).toEqual([
      { field: 'kibana.alert.workflow_status', operator: 'is', value: 'open' },
      { field: 'kibana.alert.rule.name', operator: 'is_one_of', values: ['A', 'B'] },
    ]);
    expect(definition.labels).toEqual({ stackBy: 'Top 10 values of host.name', timestamp: '@timestamp', count: 'Count of records' });
    expect(definition.title).toBe('Alerts by host name');
  });
});
