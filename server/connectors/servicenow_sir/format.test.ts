import { pushCase } from '../__fixtures__/push_case';
import { serviceNowSirFormat, valuesAt } from './format';

const alerts = [
  { 'destination.ip': '10.0.0.1', 'source.ip': '192.168.0.1', 'file.hash.sha256': 'abc', 'url.full': 'https://bad.example' },
  { destination: { ip: ['10.0.0.1', '10.0.0.2'] }, source: { ip: '192.168.0.1' }, file: { hash: { sha256: 'def' } } },
  { 'destination.ip': '' },
];

const toggles = (on: Partial<Record<'destIp' | 'sourceIp' | 'malwareHash' | 'malwareUrl', boolean | null>>) =>
  pushCase({ type: '.servicenow-sir', fields: { category: 'c', subcategory: 's', priority: '1', destIp: null, sourceIp: null, malwareHash: null, malwareUrl: null, ...on } });

describe('ServiceNow SecOps push format', () => {
  it('reads dotted and nested alert fields, arrays included, and skips empty values', () => {
    expect(valuesAt(alerts[0], 'destination.ip')).toEqual(['10.0.0.1']);
    expect(valuesAt(alerts[1], 'destination.ip')).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(valuesAt(alerts[2], 'destination.ip')).toEqual([]);
  });

  it('fills each switched-on observable from the alerts, once per value', () => {
    const incident = serviceNowSirFormat.format(toggles({ destIp: true, sourceIp: true, malwareHash: true, malwareUrl: true }), alerts);
    expect(incident).toEqual({
      dest_ip: ['10.0.0.1', '10.0.0.2'],
      source_ip: ['192.168.0.1'],
      malware_hash: ['abc', 'def'],
      malware_url: ['https://bad.example'],
      category: 'c',
      subcategory: 's',
      priority: '1',
      correlation_id: 'case-1',
      correlation_display: 'Elastic Case',
    });
  });

  it('leaves the observables switched off (false or null) empty', () => {
    const incident = serviceNowSirFormat.format(toggles({ destIp: false, sourceIp: true }), alerts);
    expect(incident.dest_ip).toEqual([]);
    expect(incident.source_ip).toEqual(['192.168.0.1']);
    expect(incident.malware_hash).toEqual([]);
    expect(incident.malware_url).toEqual([]);
  });

  it('says it needs the alerts', () => {
    expect(serviceNowSirFormat.readsAlerts).toBe(true);
  });
});
