/**
 * A visualization's KQL query and filter pills, and a metric column's KQL filter, turned into
 * what the stores take: a filter AST and full-text search words. Every field is checked against
 * the data source's fields and every value against its field's type here, so a bad query is a
 * 400 that names the field and the position rather than an empty chart or a store error.
 *
 * Rules:
 * - keyword (`string`) fields: a value is a term; one trailing `*` makes a prefix, any other
 *   wildcard is refused (neither store has a general wildcard query on both backends);
 * - number, boolean, ip and date fields: the value must be one (`true`/`false`; an IPv4/IPv6
 *   address; an ISO 8601 date, a time without an offset read as UTC), dates as ISO instants;
 * - ranges on number, date and keyword fields (keywords compare as strings);
 * - full-text fields (`text: true`) and bare words become the stores' `search`, which every
 *   result must satisfy, so they are allowed only AND-ed at the top of the query; words under
 *   `or` or `not` have no equivalent and are refused. A metric column's filter becomes a filter
 *   aggregation, which has no search at all, so it may not search full text;
 * - one search names one text field (`message:failed`, returned as `searchFields`) or none (bare
 *   words search every text field): the stores cannot search each word in its own field.
 */
import { isIP } from 'node:net';
import { parseKql } from '../../../common/kql/parse_kql';
import { KqlSyntaxError, type KqlNode } from '../../../common/kql/types';
import type { FilterSpec, KqlQuery } from '../../../common/visualizations/definition';
import type { VisualizationField } from '../../../common/visualizations/query_api';
import { badRequest, f, type FilterNode, type FilterValue } from '../../core';

export interface QueryFilter {
  filter?: FilterNode;
  /** Words and `"phrases"` every result must hold, in the stores' search syntax. */
  search?: string;
  /** The one text field the search is limited to; absent: every text field of the source. */
  searchFields?: string[];
}

/** The visualization's query and filter pills, AND-ed. */
export function queryToFilter(input: { query?: KqlQuery; filters?: FilterSpec[] }, fields: VisualizationField[]): QueryFilter {
  const scope = new Scope(fields, true);
  const nodes: FilterNode[] = [];
  if (input.query) {
    if (input.query.language !== 'kuery') {
      throw badRequest(`The query is in ${String(input.query.language)}: only KQL ('kuery') is supported`);
    }
    nodes.push(...scope.query(input.query.query, 'the query'));
  }
  input.filters?.forEach((spec, index) => {
    const node = scope.filterPill(spec, { what: `filter ${index + 1}` });
    if (node) nodes.push(node);
  });
  return withFilter(allOf(nodes), scope.search());
}

/**
 * One KQL query on its own; `what` names it in messages ("the filter of column 'Count of
 * records'"). Full-text search is refused unless `fullText` (a column filter cannot search).
 */
export function kqlToFilter(query: string, fields: VisualizationField[], what: string, options: { fullText?: boolean } = {}): QueryFilter {
  const scope = new Scope(fields, options.fullText ?? false);
  return withFilter(allOf(scope.query(query, what)), scope.search());
}

/** Where a problem is: a query and a position in it, or a filter pill. */
interface Place {
  what: string;
  position?: number;
}

interface SearchPart {
  words: string;
  /** The text field named, or none for bare words. */
  field?: string;
  place: Place;
}

const refuse = (problem: string, place: Place) =>
  badRequest(`${problem} (${place.position === undefined ? 'in' : `at position ${place.position} of`} ${place.what})`);

const allOf = (nodes: FilterNode[]): FilterNode | undefined => (nodes.length <= 1 ? nodes[0] : f.and(...nodes));

const withFilter = (filter: FilterNode | undefined, search: QueryFilter): QueryFilter => (filter ? { filter, ...search } : search);

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The fields of one source, and the search words gathered from what is AND-ed at the top. */
class Scope {
  private readonly fields: Map<string, VisualizationField>;
  private readonly searches: SearchPart[] = [];

  constructor(
    fields: VisualizationField[],
    private readonly fullText: boolean,
  ) {
    this.fields = new Map(fields.map((field) => [field.name, field]));
  }

  /** The filters of a query's top-level conditions; its searches join `searches`. */
  query(query: string, what: string): FilterNode[] {
    let tree: KqlNode | null;
    try {
      tree = parseKql(query);
    } catch (e) {
      if (e instanceof KqlSyntaxError) throw badRequest(`${capitalized(what)} is not valid KQL: ${e.message}`);
      throw e;
    }
    if (!tree) return [];
    const nodes: FilterNode[] = [];
    for (const condition of conjuncts(tree)) {
      const search = this.fullText ? this.searchPart(condition, what) : undefined;
      if (search) this.searches.push(search);
      else nodes.push(this.kql(condition, what));
    }
    return nodes;
  }

  search(): Pick<QueryFilter, 'search' | 'searchFields'> {
    const named = [...new Set(this.searches.flatMap((part) => (part.field ? [part.field] : [])))];
    const bare = this.searches.find((part) => !part.field);
    if (named.length > 0 && bare) {
      throw refuse(`A search cannot cover every text field ('${bare.words}') and the field '${named[0]}' together: name the field everywhere or nowhere`, bare.place);
    }
    if (named.length > 1) {
      const second = this.searches.find((part) => part.field === named[1]) as SearchPart;
      throw refuse(`A search can name one text field, not both '${named[0]}' and '${named[1]}'`, second.place);
    }
    const search = this.searches.map((part) => part.words).filter((words) => words !== '').join(' ');
    if (search === '') return {};
    return named.length > 0 ? { search, searchFields: named } : { search };
  }

  /** A filter pill; undefined when it only adds search words (`is` on a text field). */
  filterPill(spec: FilterSpec, place: Place): FilterNode | undefined {
    const field = this.field(spec.field, place);
    if (field.text && spec.operator !== 'exists') {
      if (spec.operator === 'is' && !spec.negate) {
        this.searches.push({ words: phrase(String(spec.value)), field: field.name, place });
        return undefined;
      }
      throw refuse(`Field '${field.name}' is a full-text field: a filter on it can only require a phrase (is), not ${spec.negate ? 'negated ' : ''}'${spec.operator}'`, place);
    }
    const node = this.pillNode(spec, field, place);
    return spec.negate ? f.not(node) : node;
  }

  private pillNode(spec: FilterSpec, field: VisualizationField, place: Place): FilterNode {
    switch (spec.operator) {
      case 'is':
        return f.term(field.name, typedValue(field, spec.value, place));
      case 'is_one_of':
        if (spec.values.length === 0) throw refuse(`The filter on '${field.name}' lists no values`, place);
        return f.terms(field.name, spec.values.map((value) => typedValue(field, value, place)));
      case 'exists':
        return f.exists(field.name);
      case 'between': {
        rangeable(field, place);
        const bounds = Object.fromEntries(
          (['gt', 'gte', 'lt', 'lte'] as const).flatMap((bound) => {
            const value = spec.range[bound];
            return value === undefined ? [] : [[bound, typedValue(field, value, place)]];
          }),
        );
        if (Object.keys(bounds).length === 0) throw refuse(`The range on '${field.name}' has no bounds`, place);
        return f.range(field.name, bounds);
      }
    }
  }

  /** Words or a text field's match AND-ed at the top; undefined for any other condition. */
  private searchPart(node: KqlNode, what: string): SearchPart | undefined {
    const place = { what, position: 'position' in node ? node.position : undefined };
    if (node.type === 'text') return { words: searchWords(node.value, node.quoted, place), place };
    if (node.type !== 'match') return undefined;
    const field = this.field(node.field, place);
    return field.text ? { words: searchWords(node.value, node.quoted, place), field: field.name, place } : undefined;
  }

  /** A condition that is not a top-level search. `under`: the operator it sits under. */
  private kql(node: KqlNode, what: string, under?: 'or' | 'not'): FilterNode {
    switch (node.type) {
      case 'and':
        return f.and(...node.nodes.map((child) => this.kql(child, what, under)));
      case 'or':
        return f.or(...node.nodes.map((child) => this.kql(child, what, 'or')));
      case 'not':
        return f.not(this.kql(node.node, what, 'not'));
      case 'text':
        throw this.misplacedSearch(`the words '${node.value}'`, { what, position: node.position }, under);
    }
    const place = { what, position: node.position };
    const field = this.field(node.field, place);
    switch (node.type) {
      case 'exists':
        return f.exists(field.name);
      case 'range':
        rangeable(field, place);
        return f.range(field.name, { [node.operator]: typedValue(field, node.value, place) });
      case 'match':
        if (field.text) throw this.misplacedSearch(`the text field '${field.name}'`, place, under);
        return match(field, node.value, node.quoted, place);
    }
  }

  private misplacedSearch(subject: string, place: Place, under: 'or' | 'not' | undefined) {
    if (!this.fullText) {
      return refuse(`A full-text search (${subject}) cannot filter a column: match a field's values instead (field:value)`, place);
    }
    return refuse(
      `A full-text search (${subject}) cannot sit under '${under}': words can only be AND-ed with the rest of the query; match a field's values instead (field:value)`,
      place,
    );
  }

  private field(name: string, place: Place): VisualizationField {
    const field = this.fields.get(name);
    if (!field) throw refuse(`Unknown field '${name}'`, place);
    if (!field.searchable) throw refuse(`Field '${name}' cannot be queried`, place);
    return field;
  }
}

/** The conditions AND-ed at the top of a query, through any parentheses. */
const conjuncts = (node: KqlNode): KqlNode[] => (node.type === 'and' ? node.nodes.flatMap(conjuncts) : [node]);

/** `field:value` on a field that is not full text; an unquoted `*` is a wildcard. */
function match(field: VisualizationField, value: string, quoted: boolean, place: Place): FilterNode {
  if (quoted || !value.includes('*')) return f.term(field.name, typedValue(field, value, place));
  if (field.type !== 'string') {
    throw refuse(`Wildcards work only on keyword fields, and '${field.name}' is a ${field.type} field: '${value}'`, place);
  }
  const stem = value.slice(0, -1);
  if (!value.endsWith('*') || stem.includes('*')) throw refuse(`Only a trailing * wildcard is supported: '${value}'`, place);
  return f.prefix(field.name, stem);
}

function rangeable(field: VisualizationField, place: Place): void {
  if (field.text) throw refuse(`Field '${field.name}' is a full-text field: it has no range`, place);
  if (field.type === 'boolean' || field.type === 'ip') throw refuse(`Field '${field.name}' is a ${field.type} field: it has no range`, place);
}

/** Search words as the stores read them: a phrase in quotes, or words each with at most a trailing `*`. */
function searchWords(value: string, quoted: boolean, place: Place): string {
  if (quoted) return phrase(value);
  // A lone `*` matches any word: it asks for nothing.
  const words = value.replace(/"/g, ' ').split(/\s+/).filter((word) => word !== '' && word !== '*');
  const misplaced = words.find((word) => word.slice(0, -1).includes('*'));
  if (misplaced) throw refuse(`Only a trailing * wildcard is supported: '${misplaced}'`, place);
  return words.join(' ');
}

/** The stores' search syntax has no escape for `"` inside a phrase; it is not a word character anyway. */
const phrase = (value: string): string => {
  const words = value.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? '' : `"${words}"`;
};

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The value in its field's type, or a 400 saying what the field takes. */
function typedValue(field: VisualizationField, value: FilterValue, place: Place): FilterValue {
  const shown = `'${String(value)}'`;
  switch (field.type) {
    case 'string':
      return String(value);
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw refuse(`Field '${field.name}' is a number field: ${shown} is not a number`, place);
      return n;
    }
    case 'boolean': {
      const text = String(value).toLowerCase();
      if (typeof value === 'number' || (text !== 'true' && text !== 'false')) {
        throw refuse(`Field '${field.name}' is a boolean field: ${shown} is neither true nor false`, place);
      }
      return text === 'true';
    }
    case 'ip':
      if (typeof value !== 'string' || isIP(value) === 0) throw refuse(`Field '${field.name}' is an IP field: ${shown} is not an IP address`, place);
      return value;
    case 'date': {
      const instant = typeof value === 'number' ? value : typeof value === 'string' ? isoInstant(value) : NaN;
      if (!Number.isFinite(instant) || Number.isNaN(new Date(instant).getTime())) {
        throw refuse(`Field '${field.name}' is a date field: ${shown} is not a date (write 2024-01-31 or 2024-01-31T12:00:00Z)`, place);
      }
      return new Date(instant).toISOString();
    }
  }
}

/** Epoch ms of an ISO 8601 date or date-time (UTC without an offset), NaN for anything else (Date.parse alone reads `5` as 2001). */
function isoInstant(value: string): number {
  const text = value.trim();
  const parts = ISO_DATE.exec(text);
  if (!parts) return NaN;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map((part) => Number(part ?? 0));
  // Date.parse rolls 2024-02-30 over to March 1st and 24:00 to the next day: a time that does not exist is refused.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const exists = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  if (!exists) return NaN;
  return Date.parse(parts[7] ? text : `${text}${parts[4] ? '' : 'T00:00'}Z`);
}
