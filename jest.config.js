/**
 * One jest run, five projects: pure shared code, the server, the browser half (jsdom), HTTP
 * tests against a started server, and browser flows in Chromium.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic', importSource: '@emotion/react' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const base = {
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // uuid (pulled in by EUI) and cookie 2 (pulled in by fastify's inject) ship ESM only, so they
  // must go through the transform too.
  transformIgnorePatterns: ['/node_modules/(?!(uuid|cookie)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/build/'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'common', testEnvironment: 'node', testMatch: ['<rootDir>/common/**/*.test.ts'] },
    { ...base, displayName: 'server', testEnvironment: 'node', testMatch: ['<rootDir>/server/**/*.test.ts'] },
    {
      ...base,
      displayName: 'public',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/public/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/public/test_setup.ts'],
      moduleNameMapper: { '\\.(css|scss|svg|png)$': '<rootDir>/public/__mocks__/style_mock.js' },
    },
    {
      ...base,
      displayName: 'api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/api_integration/**/*.test.ts'],
    },
    { ...base, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
