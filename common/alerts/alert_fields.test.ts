import { flattenDocument, readDocumentField } from './alert_fields';

describe('readDocumentField', () => {
  it('reads nested, dotted and mixed documents alike', () => {
    expect(readDocumentField({ kibana: { alert: { uuid: 'a' } } }, 'kibana.alert.uuid')).toBe('a');
    expect(readDocumentField({ 'kibana.alert.uuid': 'b' }, 'kibana.alert.uuid')).toBe('b');
    expect(readDocumentField({ kibana: { 'alert.uuid': 'c' } }, 'kibana.alert.uuid')).toBe('c');
    expect(readDocumentField({ 'kibana.alert': { uuid: 'd' } }, 'kibana.alert.uuid')).toBe('d');
  });

  it('is undefined where the path is absent or crosses a scalar', () => {
    expect(readDocumentField({ kibana: 'x' }, 'kibana.alert.uuid')).toBeUndefined();
    expect(readDocumentField(null, 'a')).toBeUndefined();
    expect(readDocumentField({ host: { name: 'h' } }, 'host.id')).toBeUndefined();
  });
});

describe('flattenDocument', () => {
  it('lists every leaf under its dotted path and keeps arrays whole', () => {
    expect(flattenDocument({ host: { name: 'h', ip: ['1.1.1.1'] }, '@timestamp': 't', a: null })).toEqual({
      'host.name': 'h',
      'host.ip': ['1.1.1.1'],
      '@timestamp': 't',
      a: null,
    });
  });
});
