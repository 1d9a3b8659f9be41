#!/usr/bin/env node
/** The `glide-codemod` executable. */
import { processIo } from './commands/command-io.js';
import { runCli } from './run-cli.js';

const exitCode = await runCli(process.argv.slice(2), processIo);
// The MCP server keeps the process alive on its own and answers 0 once started; a refused start (a usage error)
// ends the process with its code like every other command.
if (process.argv[2] !== 'mcp' || exitCode !== 0) process.exitCode = exitCode;
