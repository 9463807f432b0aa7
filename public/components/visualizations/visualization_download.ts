/**
 * "Download JSON": a visualization's stored state as a file, so a chart this app cannot draw
 * can still be opened in Kibana, and any chart can be kept outside the case.
 */
import { downloadTextFile } from '../../core';

/** A file name from the title: no path separators or characters a file system refuses. */
export function jsonFileName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 100);
  return `${safe || 'visualization'}.json`;
}

export function downloadVisualizationJson(title: string, state: unknown): void {
  downloadTextFile(`${JSON.stringify(state, null, 2)}\n`, jsonFileName(title), 'application/json');
}
