/** Types of elasticsearch_settings.mjs, for the TypeScript tests. */
export interface ElasticsearchSettings {
  hosts: string[];
  clientConfig: {
    hosts: string[];
    username?: string;
    password?: string;
    apiKey?: string;
    ssl: { certificateAuthorities?: string[]; verificationMode?: string };
    requestTimeout?: number;
  };
  serverEnv(alias: string): Record<string, string>;
}
export const MISSING_HOSTS_MESSAGE: string;
export function benchAlias(size: number): string;
export function readElasticsearchSettings(env: Record<string, string | undefined>): ElasticsearchSettings;
export function withoutElasticsearch(env: Record<string, string | undefined>): Record<string, string | undefined>;
