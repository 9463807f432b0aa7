/**
 * Painless scripts for field changes in place. A field is written where the document already
 * has it: under its dotted key when Kibana wrote the alert that way
 * (`"kibana.alert.workflow_status"`), under the nested path otherwise, and as nested objects
 * when the document has no such field yet. `locate` finds that spot for any mix of the two
 * spellings (`"kibana.alert": { "case_ids": ... }` too), longest key first.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { DocumentFieldValue } from '../types';

const LOCATE = `
List locate(Map root, List labels, boolean create) {
  Map node = root;
  int i = 0;
  int n = labels.size();
  while (i < n) {
    boolean moved = false;
    for (int end = n; end > i; end--) {
      String key = labels.get(i);
      for (int k = i + 1; k < end; k++) { key = key + '.' + labels.get(k); }
      if (end == n) {
        if (node.containsKey(key)) { return [node, key]; }
      } else if (node.get(key) instanceof Map) {
        node = (Map) node.get(key);
        i = end;
        moved = true;
        break;
      }
    }
    if (!moved) {
      if (!create) { return null; }
      for (; i < n - 1; i++) {
        Map child = new HashMap();
        node.put(labels.get(i), child);
        node = child;
      }
      return [node, labels.get(n - 1)];
    }
  }
  return null;
}
`;

/** Every field is written, changed or not, so `updated` counts every document found. */
const SET = `${LOCATE}
for (def field : params.fields) {
  List at = locate(ctx._source, field.labels, true);
  ((Map) at.get(0)).put((String) at.get(1), field.value);
}
`;

/** Once per array; a scalar becomes an array of it and the value; a document holding it is a noop. */
const ADD = `${LOCATE}
List at = locate(ctx._source, params.labels, true);
Map node = (Map) at.get(0);
String key = (String) at.get(1);
def current = node.get(key);
if (current == null) {
  List values = new ArrayList();
  values.add(params.value);
  node.put(key, values);
} else if (current instanceof List) {
  if (current.contains(params.value)) { ctx.op = 'noop'; } else { current.add(params.value); }
} else if (current == params.value) {
  ctx.op = 'noop';
} else {
  List values = new ArrayList();
  values.add(current);
  values.add(params.value);
  node.put(key, values);
}
`;

/** Every occurrence goes; a scalar equal to the value leaves an empty array, as SQLite does. */
const REMOVE = `${LOCATE}
List at = locate(ctx._source, params.labels, false);
if (at == null) {
  ctx.op = 'noop';
} else {
  Map node = (Map) at.get(0);
  String key = (String) at.get(1);
  def current = node.get(key);
  def value = params.value;
  if (current instanceof List) {
    List values = (List) current;
    if (!values.removeIf(v -> v == value)) { ctx.op = 'noop'; }
  } else if (current == value) {
    node.put(key, new ArrayList());
  } else {
    ctx.op = 'noop';
  }
}
`;

const painless = (source: string, params: Record<string, unknown>): estypes.Script => ({ lang: 'painless', source, params });

export const labelsOf = (path: string): string[] => path.split('.');

export const setFieldsScript = (fields: Array<[string, DocumentFieldValue]>): estypes.Script =>
  painless(SET, { fields: fields.map(([path, value]) => ({ labels: labelsOf(path), value })) });

export const addToArrayScript = (path: string, value: string): estypes.Script => painless(ADD, { labels: labelsOf(path), value });

export const removeFromArrayScript = (path: string, value: string): estypes.Script =>
  painless(REMOVE, { labels: labelsOf(path), value });
