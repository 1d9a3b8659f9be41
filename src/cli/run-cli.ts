/**
 * argv → command → exit code. Usage errors exit 2 with the message and the help; engine errors that stop a
 * whole run (a path that does not exist) exit 1 with their location.
 */
import { CodemodError } from '../engine/errors.js';
import type { CommandIo } from './commands/command-io.js';
import { USAGE } from './usage.js';
import { packageVersion } from '../package-version.js';
import { UsageError } from './usage-error.js';

type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

/**
 * Each command's module, loaded when it runs: most of them load the engine, which `--version`, `--help` and the MCP
 * server's start (`glide-codemod mcp`, which loads the engine on its first tool call) do not need.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  migrate: async () => (await import('./commands/migrate-command.js')).migrateCommand,
  explain: async () => (await import('./commands/explain-command.js')).explainCommand,
  validate: async () => (await import('./commands/validate-command.js')).validateCommand,
  check: async () => (await import('./commands/check-command.js')).checkCommand,
  plan: async () => (await import('./commands/plan-command.js')).planCommand,
  generate: async () => (await import('./commands/generate-command.js')).generateCommand,
  verify: async () => (await import('./commands/verify-command.js')).verifyCommand,
  mcp: async () => {
    const { mcpCommand } = await import('./commands/mcp-command.js');
    return (args) => mcpCommand(args);
  },
};

export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  // `<command> --help` (or -h) asks for the help, whatever the command; arguments after `--` are the program's.
  const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (command !== undefined && (own.includes('--help') || own.includes('-h'))) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const load = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (load) return await (await load())(rest, io);
    switch (command) {
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
