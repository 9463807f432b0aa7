/**
 * Kibana's migrations of an exported connector (`action`) that change what an import reads: its
 * config, `isMissingSecrets`. An export from Kibana 7.x or 8.x is brought to the shape of Kibana's
 * model version 1 (`10.1.0`, what connector_exchange.ts writes) before it is checked and stored.
 *
 * Not carried over: 7.11's `hasAuth` for `.webhook`, a type this server does not have (such a
 * connector is refused as unregistered anyway), and 8.0.0, which changed nothing but the
 * namespace type. Kibana's model versions 2 to 4 add attributes this server neither reads nor
 * keeps (`authMode`, the inbound API keys and `hasInboundEventIdentity`): they are declared as
 * steps that change nothing, so that exports of those Kibanas import instead of being refused as
 * "from a more recent version".
 */
import type { ExchangeDocument, ExchangeMigration } from '../saved_objects/import_export/types';

const SERVICENOW_TYPES = ['.servicenow', '.servicenow-sir', '.servicenow-itom'];

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const configOf = (document: ExchangeDocument): Record<string, unknown> => (isObject(document.attributes.config) ? document.attributes.config : {});

const withConfig = (document: ExchangeDocument, config: Record<string, unknown>): ExchangeDocument => ({ ...document, attributes: { ...document.attributes, config } });

/** 7.10: the cases mapping of ServiceNow, Jira and Resilient was renamed `incidentConfiguration`. */
function renameCasesConfiguration(document: ExchangeDocument): ExchangeDocument {
  const { casesConfiguration, ...rest } = configOf(document);
  return casesConfiguration ? withConfig(document, { ...rest, incidentConfiguration: casesConfiguration }) : document;
}

/**
 * 7.10: an email connector says whether it authenticates, from whether it had a user or password.
 * An export carries no secrets, so an old email connector without them reads as not authenticating,
 * as it does in Kibana.
 */
function addEmailHasAuth(document: ExchangeDocument): ExchangeDocument {
  if (document.attributes.actionTypeId !== '.email') return document;
  const secrets = isObject(document.attributes.secrets) ? document.attributes.secrets : {};
  return withConfig(document, { ...configOf(document), hasAuth: Boolean(secrets.user) || Boolean(secrets.password) });
}

/** 7.11: the cases mapping moved out of connectors (into the cases configuration). */
function removeCasesFieldMappings(document: ExchangeDocument): ExchangeDocument {
  const config = configOf(document);
  if (!Object.hasOwn(config, 'incidentConfiguration') && !Object.hasOwn(config, 'isCaseOwned')) return document;
  const { incidentConfiguration: _mapping, isCaseOwned: _owned, ...rest } = config;
  return withConfig(document, rest);
}

/** 7.14: every connector says whether it waits for its secrets. */
function addIsMissingSecrets(document: ExchangeDocument): ExchangeDocument {
  return { ...document, attributes: { ...document.attributes, isMissingSecrets: false } };
}

/** 7.16: ServiceNow connectors of before then keep the table API; email connectors get a service. */
function addUsesTableApiAndEmailService(document: ExchangeDocument): ExchangeDocument {
  const { actionTypeId } = document.attributes;
  const config = configOf(document);
  if (actionTypeId === '.servicenow' || actionTypeId === '.servicenow-sir') return withConfig(document, { ...config, usesTableApi: true });
  if (actionTypeId === '.email' && (config.service === undefined || config.service === null)) return withConfig(document, { ...config, service: 'other' });
  return document;
}

/** 8.3: ServiceNow connectors of before then authenticate with a username and password. */
function addIsOAuth(document: ExchangeDocument): ExchangeDocument {
  if (!SERVICENOW_TYPES.includes(String(document.attributes.actionTypeId))) return document;
  return withConfig(document, { ...configOf(document), isOAuth: false });
}

const unchanged: ExchangeMigration = (document) => document;

export const CONNECTOR_EXCHANGE_MIGRATIONS: Record<string, ExchangeMigration> = {
  '7.10.0': (document) => addEmailHasAuth(renameCasesConfiguration(document)),
  '7.11.0': removeCasesFieldMappings,
  '7.14.0': addIsMissingSecrets,
  '7.16.0': addUsesTableApiAndEmailService,
  '8.3.0': addIsOAuth,
  // Kibana's model versions 2 (authMode), 3 (inbound API keys) and 4 (hasInboundEventIdentity).
  '10.2.0': unchanged,
  '10.3.0': unchanged,
  '10.4.0': unchanged,
};
