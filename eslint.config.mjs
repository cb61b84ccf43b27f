// Lint: typescript-eslint (type-aware for src), React hooks, Office add-in rules, jsdoc on the domain, and the layer rule (ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import jsdoc from 'eslint-plugin-jsdoc';

const OUR_LAYERS = [
  'domain',
  'workbook',
  'output',
  'port',
  'excel',
  'preview',
  'cli',
  'taskpane',
  'i18n',
  'functions',
  'app',
];

/** Forbid importing the named layers of ours (relative or via src/) and the named packages. */
function layerRule(layer, allowedLayers, bannedPackages, why) {
  const banned = OUR_LAYERS.filter((l) => l !== layer && !allowedLayers.includes(l));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banned.map((l) => ({
              group: [`**/${l}`, `**/${l}/**`, `src/${l}/**`],
              message: `src/${layer} may not import src/${l}: ${why}`,
            })),
            ...bannedPackages.map((p) => ({
              group: [p, `${p}/**`],
              message: `src/${layer} may not use ${p}: ${why}`,
            })),
          ],
        },
      ],
    },
  };
}

const UI_AND_IO = ['react', 'react-dom', '@fluentui/*', 'exceljs', 'hyperformula', 'node:*', 'fs', 'path'];
const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Office.js is reached only through src/excel (the WorkbookPort adapter).',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'test-output/**',
      'node_modules/**',
      'bench/results/**',
      'build/**',
      'release/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Workbook text must never become markup: use textContent or React.',
        },
        { property: 'outerHTML', message: 'Workbook text must never become markup.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**', 'src/app/**'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  // Undefined is handled, never waved away: defined() (InvariantError), destructuring, early return.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  layerRule(
    'domain',
    [],
    [...UI_AND_IO, '@microsoft/office-js'],
    'the domain is pure (decimal.js and zod only).',
  ),
  layerRule('workbook', ['domain'], [...UI_AND_IO], 'workbook is pure and depends only on the domain.'),
  layerRule('output', ['domain'], [...UI_AND_IO], 'output is pure and depends only on the domain.'),
  layerRule(
    'port',
    ['domain', 'workbook', 'output'],
    [...UI_AND_IO],
    'the port is an interface over the pure layers.',
  ),
  layerRule(
    'i18n',
    ['domain'],
    [...UI_AND_IO],
    'strings and their formatting (over the domain formatter) only.',
  ),
  layerRule(
    'functions',
    ['domain'],
    [...UI_AND_IO],
    'custom functions are thin wrappers over the domain engine.',
  ),
  layerRule(
    'excel',
    ['domain', 'workbook', 'output', 'port'],
    ['react', 'react-dom', '@fluentui/*', 'exceljs', 'hyperformula', 'node:*'],
    'adapters use the pure layers only.',
  ),
  layerRule(
    'preview',
    ['domain', 'workbook', 'output', 'port', 'functions'],
    ['react', 'react-dom', '@fluentui/*', 'exceljs', 'hyperformula', 'node:*'],
    'adapters use the pure layers only.',
  ),
  layerRule(
    'cli',
    ['domain', 'workbook', 'output', 'port'],
    ['react', 'react-dom', '@fluentui/*', 'hyperformula'],
    'the CLI is an adapter over the pure layers.',
  ),
  layerRule(
    'taskpane',
    ['domain', 'workbook', 'output', 'port', 'i18n'],
    ['exceljs', 'hyperformula', 'node:*'],
    'the task pane talks to Excel only through the WorkbookPort.',
  ),
  // Type-aware rules for the product code: the compiler's knowledge (promises, any, string conversion) checked by lint.
  // LINT_TYPE_AWARE=off is for tests/lint, which lints code from stdin that no tsconfig can know.
  ...(process.env.LINT_TYPE_AWARE === 'off'
    ? []
    : [
        ...tseslint.configs.recommendedTypeChecked.map((config) => ({
          ...config,
          files: ['src/**/*.{ts,tsx}'],
        })),
        {
          files: ['src/**/*.{ts,tsx}'],
          languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
        },
      ]),
  // Hooks: React's v7 recommended set (rules of hooks, deps, purity, refs during render …) for the whole pane.
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  // The pane stays in small pieces: a file a reader can hold, a component or hook that does one thing.
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', 200], 'max-lines-per-function': ['error', 80] },
  },
  // Every exported domain function says what it does with an example, like date-fns and dinero.js.
  {
    files: ['src/domain/**/*.ts'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: { FunctionDeclaration: true },
          contexts: [
            'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression',
          ],
        },
      ],
      'jsdoc/require-example': [
        'error',
        {
          contexts: [
            'ExportNamedDeclaration > FunctionDeclaration',
            'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression',
          ],
        },
      ],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
