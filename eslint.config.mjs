import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Pages and components never read the file system: lib/ owns all I/O (design.md).
const fileSystemModules = ['fs', 'node:fs', 'gray-matter', 'fs/promises', 'node:fs/promises'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'tmp/**', '.tmp/**', 'data/**']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...fileSystemModules,
            // Internal links prefetch on intent, not on entering the viewport.
            { name: 'next/link', message: 'Use IntentLink from @/components/ui/intent-link.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/ui/intent-link.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: fileSystemModules }] },
  },
]);
