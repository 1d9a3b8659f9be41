/** The help text, the one place the command line is described for people. */
export const USAGE = `Usage: glide-codemod <command> [options]

Commands:
  migrate <paths...>   Migrate ioredis / node-redis code to Valkey GLIDE. Dry run by default:
                       prints a unified diff and a summary, writes nothing.
      --write          apply the changes (all files or none)
      --json           print the report as JSON instead of the diff
      --report FILE    also write the JSON report to FILE
      --debug          print where an internal error (a codemod defect) was thrown
      --force          write even when the git tree has uncommitted changes under the paths
      --partial        also migrate clients some uses of which cannot be migrated, leaving a
                       TODO(glide-codemod) at each such use (the result will not run until they
                       are resolved). By default such a client is left exactly as written.
      --config FILE    the glide-codemod.config.json to read (default: found upward)
      --quiet          no progress bar (one is drawn on a terminal for runs of 200 files or more)
      --workers N      worker threads for the run (default: from the file count and the cores;
                       1 runs in this thread); check, plan and mcp take it too. The report is the
                       same whatever N
  explain <name>       The GLIDE way to write a command: <name> is a Redis command (ZADD), an
                       ioredis or node-redis method (zadd, zAdd) or a GLIDE method. Prints the
                       names in each client, GLIDE's signature, what differs, the rule that
                       migrates it and an example.
      --search WORDS   list the commands whose names or differences mention WORDS
      --json           print the answer as JSON
  validate <files...>  Check GLIDE code: type errors against the installed GLIDE types
                       (TypeScript) and GLIDE pitfalls (TypeScript and JavaScript), each with
                       file:line:column and a rule id. Exit 1 when anything is reported.
                       '-' reads standard input.
      --language ts|js the language of standard input (default ts)
      --json           print the reports as JSON
  check <paths...>     The CI gate: every client still on ioredis / node-redis (migratable now, or
                       what blocks it), every TODO(glide-codemod) left and every GLIDE pitfall, as
                       file:line:column  severity  rule-id  message. Nothing is written. Exit 1
                       with findings. '// glide-codemod-ignore <rule-id> -- <reason>' on or above a
                       line suppresses a finding there.
      --format F       text (default), json, sarif (SARIF 2.1.0) or github (annotations)
      --baseline FILE  fail only on findings not in FILE
      --update-baseline  write the current findings to the --baseline FILE and exit 0
      --config FILE    the settings (default: glide-codemod.config.json here or in a folder above)
  plan <paths...>      The migration inventory: each client (file, library, topology), the commands
                       it uses by family, whether its migration is automatic or what blocks it and
                       what to do instead, the dependencies that can go, and the steps in order.
      --format md|json Markdown (default) or JSON
  generate <id>        Write a GLIDE project for a pattern (see --list): the module, a demo that
                       exits 0 only when the pattern's promise held, a README, package.json and
                       (TypeScript) tsconfig.json.
      --out DIR        the folder to write to (required)
      --option K=V     a generator option (repeatable; see --list)
      --lang ts|js     the language (default ts)
      --module esm|cjs the module system (default esm)
      --topology standalone|cluster  (default standalone, or cluster for cluster-client; cluster reads VALKEY_CLUSTER_NODES)
      --force          overwrite files that exist in DIR
      --list           list the generators and their options (--json for JSON)
  verify <dir>         Prove the migration on your own program: copies <dir> to a temporary folder,
                       migrates the copy, runs the original and the migrated entry against two fresh
                       valkey-servers (VALKEY_HOST, VALKEY_PORT, REDIS_URL and VALKEY_URL point at
                       each) and compares exit code, stdout and keyspace. Prints 'same' or the first
                       difference; exit 1 when they differ. Nothing in <dir> is written.
      --entry FILE     the program to run, relative to <dir> (.js/.mjs/.cjs on node, TypeScript
                       through tsx)
      --valkey-url URL use this server for both runs, flushing it before each (it is emptied!)
      --timeout MS     kill a run that takes longer (default 30000)
      -- ARGS...       passed to the program
  mcp                  Start the MCP server on stdio (tools: plan, migrate, apply_migration, check,
                       explain, validate, generate, verify; the rule, command and generator pages as
                       resources; prompts). Path arguments must lie inside the working directory,
                       the client's roots
      --allow-dir DIR  or inside DIR (repeatable)
      --max-snippet-bytes N  the largest code snippet a tool takes (default 1048576)
      --max-files N    source files one project call may take on (default 20000)
      --max-file-bytes N / --max-total-bytes N  bytes of one file / of all (default 4 MiB / 512 MiB)
      --max-call-seconds N  how long one project call may run (default 600)
      --max-inline-diff-bytes N  a larger diff comes back as a resource link (default 262144)
  help                 Show this text (also: <command> --help)
  version              Print the version (also: --version, -v)

Exit codes: 0 ok, 1 files failed or problems found, 2 usage error (or a name explain does not know).`;
