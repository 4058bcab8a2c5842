// Unit tests sit beside their module (src/.../x.test.ts); integration tests live in test/.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is done once by `tsc` in `npm test`; ts-jest only transpiles.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 30000,
};

// restify 11 pulls in spdy, which touches a deprecated Node API on load (DEP0111): a known,
// harmless warning that would otherwise print once per test worker.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const code = typeof rest[0] === 'object' ? rest[0]?.code : rest[1];
  if (code === 'DEP0111') return;
  return emitWarning.call(process, warning, ...rest);
};
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--disable-warning=DEP0111'].filter(Boolean).join(' ');
