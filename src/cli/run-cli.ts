/**
 * argv → command → exit code. Usage errors exit 2 with the message and the help; engine errors that stop a
 * whole run (a path that does not exist) exit 1 with their location.
 */
import { CodemodError } from '../engine/errors.js';
import type { CommandIo } from './commands/command-io.js';
import { checkCommand } from './commands/check-command.js';
import { planCommand } from './commands/plan-command.js';
import { explainCommand } from './commands/explain-command.js';
import { generateCommand } from './commands/generate-command.js';
import { mcpCommand } from './commands/mcp-command.js';
import { migrateCommand } from './commands/migrate-command.js';
import { USAGE } from './usage.js';
import { packageVersion } from '../package-version.js';
import { UsageError } from './usage-error.js';
import { validateCommand } from './commands/validate-command.js';
import { verifyCommand } from './commands/verify-command.js';

export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  // `<command> --help` (or -h) asks for the help, whatever the command; arguments after `--` are the program's.
  const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (command !== undefined && (own.includes('--help') || own.includes('-h'))) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    switch (command) {
      case 'migrate':
        return await migrateCommand(rest, io);
      case 'explain':
        return await explainCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'plan':
        return await planCommand(rest, io);
      case 'generate':
        return await generateCommand(rest, io);
      case 'verify':
        return await verifyCommand(rest, io);
      case 'mcp':
        return await mcpCommand(rest);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
      case '--version':
      case '-v':
        io.stdout(`${packageVersion()}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const usage = error instanceof UsageError && !error.withUsage ? '' : `\n${USAGE}\n`;
      io.stderr(`glide-codemod: ${(error as Error).message}\n${usage}`);
      return 2;
    }
    if (error instanceof CodemodError) {
      io.stderr(`glide-codemod: ${error.located}\n`);
      return 1;
    }
    throw error;
  }
}
