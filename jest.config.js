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
  // Two workers on the 2-core machine (jest's default is cores − 1): many
  // suites wait on a child process, a browser or the loopback API, and the
  // whole run takes about 29 s instead of 40.
  maxWorkers: 2,
  collectCoverageFrom: ['src/**/*.ts']
}
