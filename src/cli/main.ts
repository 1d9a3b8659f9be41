#!/usr/bin/env node
/** The `glide-codemod` executable. */
import { processIo } from './commands/command-io.js';
import { runCli } from './run-cli.js';

const exitCode = await runCli(process.argv.slice(2), processIo);
// The MCP server keeps the process alive on its own; every other command ends here.
if (process.argv[2] !== 'mcp') process.exitCode = exitCode;
