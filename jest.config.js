// ESM jest: ts-jest compiles TypeScript as ES modules, and the resolver maps the
// `.js` suffix of relative imports (required by NodeNext) back to the `.ts` file.
/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.dev.json' }]
  },
  testTimeout: 30000,
  collectCoverageFrom: ['src/**/*.ts']
}
