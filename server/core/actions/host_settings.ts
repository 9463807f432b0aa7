/**
 * What xpack.actions says about one host: `customHostSettings` (matched on the canonical
 * `scheme://host:port`, as Kibana matches them) over the global `ssl.verificationMode`.
 * Certificate files are read once, at start, so a missing file stops the start with its name
 * instead of failing the first push.
 */
import { readFileSync } from 'node:fs';
import type { ActionsConfig } from './config';
import type { ConnectorHostSettings } from './types';

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'smtp:': '25', 'smtps:': '465' };

/** `https://Jira.example.com/path` → `https://jira.example.com:443`; undefined when the URL does not parse. */
export function canonicalHostUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const port = parsed.port || DEFAULT_PORTS[parsed.protocol] || '';
  return `${parsed.protocol}//${parsed.hostname}${port ? `:${port}` : ''}`;
}

export type HostSettingsResolver = (url: string) => ConnectorHostSettings;

export function createHostSettingsResolver(config: Pick<ActionsConfig, 'ssl' | 'customHostSettings'>, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): HostSettingsResolver {
  const byHost = new Map<string, ConnectorHostSettings>();
  for (const custom of config.customHostSettings) {
    const key = canonicalHostUrl(custom.url);
    // Kibana keeps the first entry for a host; later duplicates are ignored.
    if (key === undefined || byHost.has(key)) continue;
    const pems = [custom.ssl?.certificateAuthoritiesData, ...(custom.ssl?.certificateAuthoritiesFiles ?? []).map((file) => readCa(file, readFile))].filter(
      (pem): pem is string => typeof pem === 'string' && pem.length > 0,
    );
    byHost.set(key, {
      verificationMode: custom.ssl?.verificationMode ?? config.ssl.verificationMode,
      ...(pems.length > 0 ? { ca: pems.join('\n') } : {}),
      ...(custom.smtp ? { smtp: { ignoreTLS: custom.smtp.ignoreTLS, requireTLS: custom.smtp.requireTLS } } : {}),
    });
  }
  const fallback: ConnectorHostSettings = { verificationMode: config.ssl.verificationMode };
  return (url) => {
    const key = canonicalHostUrl(url);
    return (key !== undefined ? byHost.get(key) : undefined) ?? fallback;
  };
}

function readCa(file: string, readFile: (path: string) => string): string {
  try {
    return readFile(file);
  } catch (e) {
    throw new Error(`Cannot read the certificate authority file ${file} of xpack.actions.customHostSettings: ${(e as Error).message}`);
  }
}
