/**
 * The library entry: what the CLI, the MCP server and the jscodeshift transforms are built on.
 */
export { migrateProject, type ProjectMigration, type ProjectMigrationOptions } from './engine/migrate-project.js';
export { migrateCode } from './engine/migrate-code.js';
export { migrateSource, type SourceMigration } from './engine/migrate-source.js';
export { migrationReportSchema, type MigrationReport, type FileReport } from './engine/report/migration-report.js';
export { CodemodError, ParseError, UnreadableFileError, InvalidRequestError, WriteError } from './engine/errors.js';
export { RULES } from './rules/registry.js';
