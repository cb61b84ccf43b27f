// Three projects: pure/adapters on node, components on jsdom, end-to-end in headless Chromium.
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx', isolatedModules: true }, diagnostics: false }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
/** @type {import('jest').Config} */
module.exports = {
  // One hang guard for every test, not a timed assertion: the first test in a file pays ts-jest's transform of every
  // module it imports (the CLI pulls in ExcelJS and JSZip), and a task-pane flow in jsdom takes 9–17 s on an idle
  // 2-core machine (jsdom's getComputedStyle over Fluent's atomic CSS); both passed jest's 5 s default under load.
  // Speed is measured by `npm run bench`. Only tests that run LibreOffice set a longer one.
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
  coverageReporters: ['text-summary', 'json-summary'],
  // npm test runs with --coverage: the pure domain must stay ≥ 95 % covered by lines (issue 4).
  collectCoverageFrom: ['src/domain/**/*.ts'],
  coverageThreshold: { './src/domain/': { lines: 95 } },
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/taskpane/'],
    },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/taskpane/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/domSetup.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
};
