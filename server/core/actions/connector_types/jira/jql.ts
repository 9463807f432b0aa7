/**
 * The parent-issue search of the case form types free text into a JQL `summary ~ "…"` clause.
 * Jira reads some characters as operators there, so they are escaped as Kibana does: double
 * quotes are dropped (they would end the string), backslashes doubled, and each reserved
 * character preceded by two backslashes (one for the JQL string, one for Lucene).
 */
const RESERVED = /[-!^+&*()[\]/{}|:?~]/g;

export function escapeJqlText(text: string): string {
  return text
    .replaceAll('"', '')
    .replaceAll('\\', '\\\\')
    .replaceAll("'", '\\\\')
    .replaceAll(RESERVED, (c) => `\\\\${c}`);
}

/** The search the `issues` sub-action sends: the connector's project, summaries containing the text. */
export function issueSearchJql(projectKey: string, title: string): string {
  return `project="${projectKey}" and summary ~"${escapeJqlText(title)}"`;
}
