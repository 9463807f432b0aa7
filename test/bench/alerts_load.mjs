/**
 * The alerts benchmark's writes, through the API as a client would send them: generated
 * alerts ingested in requests of MAX_INGEST_DOCUMENTS, then every tenth one attached to one
 * case in requests of MAX_ALERT_IDS_PER_REQUEST ids. Requests go one after another and the
 * rates count the requests alone (not the bench building their bodies).
 */
import { callJson, fillPath } from './alerts_http.mjs';
import { alertBatches } from './generate/alerts_documents.mjs';

const OWNER = 'securitySolution';

/** A case with alert sync on (the default of the create form), in the default space. */
export async function createSyncedCase(url) {
  const { body } = await callJson(url, 'POST', '/api/cases', {
    title: 'Worm outbreak: 100,000 alerts',
    description: 'Created by the alerts benchmark: one case holding a wave of alerts.',
    tags: ['bench', 'worm'],
    severity: 'critical',
    owner: OWNER,
    assignees: [],
    settings: { syncAlerts: true },
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
  });
  return body;
}

function checkIngested(answer, sent) {
  const items = answer?.items ?? [];
  const bad = items.find((item) => item.status !== 'created');
  if (answer?.errors !== false || items.length !== sent || bad) {
    throw new Error(`alerts bench: ingest answered errors=${answer?.errors}, ${items.length} items for ${sent}${bad ? `, first not created: ${JSON.stringify(bad)}` : ''}`);
  }
}

/** Ingests `count` alerts; returns the rate and the attached-to-be ones (generate/alerts_documents.mjs). */
export async function ingestAlerts({ url, constants, count, attachEvery, index, endMs, verbose }) {
  const attached = [];
  let ms = 0;
  let requests = 0;
  for (const batch of alertBatches({ count, batchSize: constants.MAX_INGEST_DOCUMENTS, attachEvery, endMs, index })) {
    const answer = await callJson(url, 'POST', constants.ALERTS_INGEST_URL, batch.documents);
    checkIngested(answer.body, batch.documents.length);
    ms += answer.ms;
    requests++;
    attached.push(...batch.attached);
    if (verbose && requests % 10 === 0) console.error(`  ${(requests * constants.MAX_INGEST_DOCUMENTS).toLocaleString('en-US')} alerts ingested`);
  }
  return { generation: { alerts: count, requests, seconds: ms / 1000, docsPerSecond: count / (ms / 1000) }, attached };
}

/** One alert attachment per rule in the request, as the Alerts page's bulk action groups them. */
function attachmentsByRule(alerts) {
  const byRule = new Map();
  for (const alert of alerts) {
    const group = byRule.get(alert.rule.uuid) ?? { type: 'alert', alertId: [], index: [], rule: { id: alert.rule.uuid, name: alert.rule.name }, owner: OWNER };
    group.alertId.push(alert.id);
    group.index.push(alert.index);
    byRule.set(alert.rule.uuid, group);
  }
  return [...byRule.values()];
}

/** Attaches `attached` to the case in requests of MAX_ALERT_IDS_PER_REQUEST ids; the case's totalAlerts must then count them all. */
export async function attachAlerts({ url, constants, caseId, attached }) {
  const path = fillPath(constants.INTERNAL_BULK_CREATE_ATTACHMENTS_URL, { case_id: caseId });
  const perRequest = constants.MAX_ALERT_IDS_PER_REQUEST;
  let ms = 0;
  let theCase;
  for (let start = 0; start < attached.length; start += perRequest) {
    const answer = await callJson(url, 'POST', path, attachmentsByRule(attached.slice(start, start + perRequest)));
    ms += answer.ms;
    theCase = answer.body;
  }
  if (theCase?.totalAlerts !== attached.length) {
    throw new Error(`alerts bench: after attaching ${attached.length} alerts the case says totalAlerts ${theCase?.totalAlerts}`);
  }
  return { alerts: attached.length, requests: Math.ceil(attached.length / perRequest), seconds: ms / 1000, alertsPerSecond: attached.length / (ms / 1000) };
}
