// Runs before every test file. The server reads its configuration once (src/server/env.ts);
// tests rely on the documented defaults, whatever the developer's shell exports.
delete process.env.LOGIN_MAX_FAILURES;
delete process.env.LOGIN_LOCK_MINUTES;
// Tests install their own database with setDb(); never touch a configured one.
delete process.env.DATABASE_URL;
delete process.env.PGLITE_DATA_DIR;
