// ESLint for Push Doctor (flat config). The rules that matter are the architecture ones, as errors:
//   renderer ↛ main, sim, cli, Node builtins, electron   (it runs in a sandboxed page)
//   sim      ↛ main, cli                                  (the virtual phone is an independent witness)
//   shared   ↛ anything outside shared, Node builtins      (imported by every layer, the page included)
//   main     ↛ sim, cli, renderer                         (the core does not know its fronts or its tests)
//   electron: only src/main/index.ts, window.ts, ipc.ts and the preload; the preload imports
//   nothing else but src/shared.
// The rest is typescript-eslint's recommended set (not type-aware, so `npm run lint` stays fast),
// with the few rules the code base deliberately breaks switched off where they fire.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeBuiltinsBanned = (why) => ({ paths: NODE_BUILTINS.map((name) => ({ name, message: why })) });
const noElectron = (why) => ({ name: 'electron', message: why });

const LAYERS = ['main', 'renderer', 'preload', 'sim', 'cli', 'shared', 'types'];

export default defineConfig([
  globalIgnores([
    'out/**',
    'dist/**',
    'node_modules/**',
    '.cache/**',
    'bench/.work/**',
    'test-results/**',
    'playwright-report/**',
    'resources/**',
    '**/*.d.ts.map',
  ]),
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberate placeholders (unused callback parameters, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Control characters in regexes are how ANSI escapes and binary protocol bytes are matched.
      'no-control-regex': 'off',
      // Warnings, not errors: worth cleaning up, not worth failing the build on.
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-useless-assignment': 'warn',
    },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies; page.evaluate bodies run in the page.
    files: ['test/e2e/**/*.ts', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'boundaries/elements': LAYERS.map((type) => ({ type, pattern: `src/${type}` })),
      'boundaries/include': ['src/**/*'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'sim' } },
              disallow: { to: { element: { types: { anyOf: ['main', 'cli', 'renderer', 'preload'] } } } },
              message:
                'src/sim (the virtual phone and stand-ins) imports only src/shared and its own code: it is the independent witness of src/main.',
            },
            {
              from: { element: { type: 'shared' } },
              disallow: {
                to: { element: { types: { anyOf: ['main', 'cli', 'renderer', 'preload', 'sim', 'types'] } } },
              },
              message: 'src/shared imports nothing outside src/shared: every layer, the renderer included, imports it.',
            },
            {
              from: { element: { type: 'renderer' } },
              disallow: { to: { element: { types: { anyOf: ['main', 'cli', 'sim', 'preload'] } } } },
              message:
                'The renderer talks to the core only through src/shared/contract.ts (the preload bridge or the serve WebSocket).',
            },
            {
              from: { element: { type: 'preload' } },
              disallow: { to: { element: { types: { anyOf: ['main', 'cli', 'sim', 'renderer'] } } } },
              message: 'The preload imports only electron and src/shared.',
            },
            {
              from: { element: { type: 'main' } },
              disallow: { to: { element: { types: { anyOf: ['cli', 'sim', 'renderer', 'preload'] } } } },
              message: 'The core does not import its fronts or the virtual phone.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs,js}'],
    ignores: [
      'src/main/index.ts',
      'src/main/window.ts',
      'src/main/ipc.ts',
      'src/preload/**',
      'test/unit/security/electron.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron(
              'Only src/main/index.ts, window.ts, ipc.ts and the preload import electron; the core runs without it (CLI, serve).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltinsBanned('src/shared runs in the renderer too: no Node builtins.').paths,
            noElectron('src/shared runs everywhere: no electron.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinsBanned('The sandboxed preload has no Node builtins.').paths,
          patterns: [{ regex: '^(?!electron$|\\.)', message: 'The preload imports only electron and src/shared.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltinsBanned('The renderer is a sandboxed page: no Node builtins.').paths,
            noElectron('The renderer reaches the core through the preload bridge, not electron.'),
          ],
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
]);
