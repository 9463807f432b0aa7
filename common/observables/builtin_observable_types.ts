/**
 * The observable types every owner has without configuring them, as Kibana ships them. An
 * owner's own types may not reuse their keys or labels (Kibana refuses such a configuration),
 * so the configure client and the Settings page both read this one list.
 */
export const OBSERVABLE_TYPES_BUILTIN: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'observable-type-ipv4', label: 'IPv4' },
  { key: 'observable-type-ipv6', label: 'IPv6' },
  { key: 'observable-type-url', label: 'URL' },
  { key: 'observable-type-hostname', label: 'Hostname' },
  { key: 'observable-type-file-hash', label: 'File hash' },
  { key: 'observable-type-file-path', label: 'File path' },
  { key: 'observable-type-email', label: 'Email' },
  { key: 'observable-type-domain', label: 'Domain' },
  // Newer Kibana builds ship it; the alerts' `agent.id` is extracted to it.
  { key: 'observable-type-agent-id', label: 'Agent ID' },
];
