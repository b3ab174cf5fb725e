// ESLint: typescript-eslint's recommended rules (not the type-aware set: that one type-checks the whole program
// again, and `npm test` already runs tsc) and the layer rule that keeps imports one way through the pipeline.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Folders of src/, from the top down. A folder may import from folders in lower rows only (and from itself);
 * folders in the same row do not import each other. The pipeline: cli → project → api → emit → resolve →
 * validate → load → model → schedule (the engine: model's types name its dates and schedules) → diagnostics, util.
 */
const LAYERS = [
  ['cli', 'tools'],
  ['project'],
  ['import', 'diff'],
  ['api'],
  ['emit'],
  ['status', 'upcoming', 'templates'],
  ['resolve'],
  ['validate'],
  ['load'],
  ['model'],
  ['schedule'],
  ['diagnostics', 'util'],
];

/**
 * Imports that go against the rows above, allowed one by one until the code moves: the status reader shares the
 * tracker's column table with the XLSX writer.
 */
const EXCEPTIONS = { 'src/status/read-tracker.ts': ['emit/xlsx/columns.js'] };

/** A relative import reaching into one of `folders` of src/ (`../emit/…`, `../../emit/…`). */
const into = (folders, except = []) => ({
  regex: `^(\\.\\./)+${except.length ? `(?!(${except.map((e) => e.replace(/[./]/g, '\\$&')).join('|')})$)` : ''}(${folders.join('|')})/`,
  message: 'A layer imports from a layer above it (the order of the layers is in eslint.config.js).',
});

const layerRules = LAYERS.flatMap((row, i) => {
  const above = LAYERS.slice(0, i + 1).flat();
  return row.map((folder) => {
    const forbidden = above.filter((f) => f !== folder);
    return forbidden.length
      ? {
          files: [`src/${folder}/**/*.ts`],
          rules: { 'no-restricted-imports': ['error', { patterns: [into(forbidden)] }] },
        }
      : null;
  });
}).filter(Boolean);

const exceptionRules = Object.entries(EXCEPTIONS).map(([file, allowed]) => {
  const folder = file.split('/')[1];
  const i = LAYERS.findIndex((row) => row.includes(folder));
  const forbidden = LAYERS.slice(0, i + 1)
    .flat()
    .filter((f) => f !== folder);
  return { files: [file], rules: { 'no-restricted-imports': ['error', { patterns: [into(forbidden, allowed)] }] } };
});

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'out/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // `_`-prefixed parameters and destructured leftovers are deliberate.
      // XML and terminal output strip or match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  layerRules,
  exceptionRules,
);
