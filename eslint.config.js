import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test/charts/output/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The model core stays pure: no framework, worker glue or dataframe library.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['svelte', 'svelte/*', 'comlink', 'arquero', '@observablehq/*', '../*/**', '!./*'] },
      ],
    },
  },
  {
    // The view layer (src/ui: Svelte components and their runes) sits on top: nothing below imports it.
    files: ['src/{share,cli,user,data,scenario,storage,runner,notebook,charts,text,i18n,notes,import}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/*', '**/ui/**'], message: 'src/ui is the page; import view-models from src/notebook and chart builders from src/charts.' }] }],
    },
  },
);
