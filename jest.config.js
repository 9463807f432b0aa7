/**
 * One jest run, six projects: pure shared code, the server, the browser half (jsdom), the lint
 * rules that guard the architecture, HTTP tests against a started server, and browser flows in
 * Chromium.
 */
// Babel, not swc: the registry these machines reach has no swc builds for every platform, so
// a lockfile with swc cannot pass `npm ci`. Babel is plain JavaScript.
const babel = [
  'babel-jest',
  {
    babelrc: false,
    configFile: false,
    presets: [
      ['@babel/preset-env', { targets: { node: 'current' }, modules: 'commonjs' }],
      ['@babel/preset-typescript', { allowDeclareFields: true, onlyRemoveTypeImports: false }],
      ['@babel/preset-react', { runtime: 'automatic', importSource: '@emotion/react' }],
    ],
  },
];

const base = {
  transform: { '^.+\\.(t|j|mj)sx?$': babel },
  // uuid (pulled in by EUI) and cookie 2 (pulled in by fastify's inject) ship ESM only, so they
  // must go through the transform too.
  transformIgnorePatterns: ['/node_modules/(?!(uuid|cookie)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/build/'],
};

module.exports = {
  // A busy machine must never fail a test: 5 s (jest's default) is passed by scrypt-heavy and
  // jsdom suites when two cores run several jobs. Only a wrong result may fail.
  testTimeout: 60_000,
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
    { ...base, displayName: 'lint', testEnvironment: 'node', testMatch: ['<rootDir>/test/lint/**/*.test.ts'] },
    { ...base, displayName: 'bench', testEnvironment: 'node', testMatch: ['<rootDir>/test/bench/**/*.test.ts'] },
    {
      ...base,
      displayName: 'api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/api_integration/**/*.test.ts'],
    },
    { ...base, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
