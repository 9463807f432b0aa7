/**
 * The editor's check of a KQL query as it is typed: the parser's syntax error (which names the
 * position), then fields the source does not have, which the query service would refuse with a
 * 400. The query that passes is the one the preview reads and the one saved.
 */
import { parseKql } from '../../../../common/kql/parse_kql';
import { type KqlNode, KqlSyntaxError } from '../../../../common/kql/types';
import type { VisualizationField } from '../../../../common/visualizations/query_api';

function fieldsOf(node: KqlNode): Array<{ field: string; position: number }> {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.nodes.flatMap(fieldsOf);
    case 'not':
      return fieldsOf(node.node);
    case 'text':
      return [];
    default:
      return [{ field: node.field, position: node.position }];
  }
}

/** The problem with a query, or null when the source can answer it. */
export function checkQuery(query: string, fields: VisualizationField[], sourceName: string): string | null {
  let tree: KqlNode | null;
  try {
    tree = parseKql(query);
  } catch (error) {
    if (error instanceof KqlSyntaxError) return error.message;
    throw error;
  }
  if (tree === null) return null;
  const known = new Set(fields.filter((field) => field.searchable).map((field) => field.name));
  const unknown = fieldsOf(tree).find(({ field }) => !known.has(field));
  return unknown ? `${sourceName} have no searchable field '${unknown.field}' (at position ${unknown.position}).` : null;
}
