/**
 * Which of our data sources answers a Lens layer's data view.
 *
 * A layer names its data view by id: in `references` (a saved data view, whose title the state
 * does not hold) or in `internalReferences` (an ad hoc data view, whose spec with its title sits
 * in `state.adHocDataViews`). Older states keep the id on the layer itself. A source answers a
 * data view whose id it lists (`security-solution-default`), the ad hoc data view our writer
 * makes for it, or a title its index patterns match; a title may list several patterns, comma
 * separated, as the Security data view does, and the source matching most of them wins.
 */
import type { VisualizationSourceId } from '../definition';
import type { VisualizationDataSource } from '../query_api';
import { CURRENT_DATA_VIEW_REFERENCE, LAYER_REFERENCE_PREFIX } from './lens_types';
import { asRecord, asString, isRecord, type UnknownRecord } from './unknown_value';

export interface LayerDataView {
  id?: string;
  title?: string;
  timeFieldName?: string;
}

/** The id of the ad hoc data view writeLens puts in a chart of `source`; stable so a rewrite keeps it. */
export const adHocDataViewId = (source: VisualizationSourceId) => `cases-visualization-${source}`;

function referenceId(references: unknown, name: string): string | undefined {
  if (!Array.isArray(references)) return undefined;
  const found = references.find((ref) => isRecord(ref) && ref.name === name && (ref.type === undefined || ref.type === 'index-pattern'));
  return found ? asString((found as UnknownRecord).id) : undefined;
}

/** The data view a layer reads, as far as the attributes tell; null when they name none. */
export function layerDataView(attributes: UnknownRecord, layerId: string, layer: UnknownRecord): LayerDataView | null {
  const state = asRecord(attributes.state);
  const layerRef = `${LAYER_REFERENCE_PREFIX}${layerId}`;
  const id =
    referenceId(state.internalReferences, layerRef) ??
    referenceId(attributes.references, layerRef) ??
    asString(layer.indexPatternId) ??
    referenceId(state.internalReferences, CURRENT_DATA_VIEW_REFERENCE) ??
    referenceId(attributes.references, CURRENT_DATA_VIEW_REFERENCE);
  if (id === undefined) return null;
  const adHoc = asRecord(asRecord(state.adHocDataViews)[id]);
  return { id, title: asString(adHoc.title), timeFieldName: asString(adHoc.timeFieldName) };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** The patterns a data view title asks for; `-pattern` entries exclude and are not sources. */
const titlePatterns = (title: string) =>
  title
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('-'));

function titleScore(title: string, source: VisualizationDataSource): number {
  const globs = source.indexPatterns.map(globToRegExp);
  return titlePatterns(title).filter((pattern) => globs.some((glob) => glob.test(pattern))).length;
}

const hasFields = (source: VisualizationDataSource, fields: string[]) =>
  fields.every((name) => source.fields.some((field) => field.name === name));

/** Among equally good candidates, the first one holding every field the chart uses. */
function pick(candidates: VisualizationDataSource[], fields: string[]): VisualizationDataSource | null {
  if (candidates.length === 0) return null;
  return candidates.find((source) => hasFields(source, fields)) ?? candidates[0];
}

export function matchSource(view: LayerDataView, sources: VisualizationDataSource[], usedFields: string[]): VisualizationDataSource | null {
  if (view.id !== undefined) {
    const byId = pick(
      sources.filter((source) => source.dataViewIds.includes(view.id as string)),
      usedFields,
    );
    if (byId) return byId;
    const ours = sources.find((source) => adHocDataViewId(source.id) === view.id);
    if (ours) return ours;
  }
  // A saved data view's title is not in the state; some hand-written states use the pattern as
  // the id, so the id is tried as a title last.
  const title = view.title ?? view.id;
  if (title === undefined) return null;
  const scored = sources.map((source) => ({ source, score: titleScore(title, source) })).filter(({ score }) => score > 0);
  const best = Math.max(0, ...scored.map(({ score }) => score));
  return pick(
    scored.filter(({ score }) => score === best).map(({ source }) => source),
    usedFields,
  );
}

/** How a problem names a data view: its title when the state has one, else its id. */
export const dataViewName = (view: LayerDataView) => view.title ?? view.id ?? '';
