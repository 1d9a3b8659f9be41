/** The text `glide-codemod explain` prints for an explanation (the JSON form is the result itself). */
import type { CommandExplanation, ExplainResult, GlideMethodFacts } from '../index.js';

const list = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : '(none)');
const indented = (text: string, prefix: string) => text.split('\n').map((line) => `${prefix}${line}`).join('\n');

function glideLines(facts: readonly GlideMethodFacts[], installed: boolean): string[] {
  if (!installed) return ['  (install @valkey/valkey-glide to see its signatures here)'];
  return facts.flatMap((method) => [
    ...method.signatures.map((signature) => `    ${signature}`),
    ...(method.summary ? [`      ${method.summary}`] : []),
  ]);
}

function commandText(command: CommandExplanation, installed: boolean): string {
  const lines = [
    `${command.command}  (${command.family})  ${command.docs}`,
    `  ioredis:      ${list(command.names.ioredis)}`,
    `  node-redis:   ${list(command.names.nodeRedis)}`,
    `  GLIDE:        ${list(command.names.glide)}`,
    ...glideLines(command.glide, installed),
    `  What differs: ${command.differences}`,
    `  Migrated:     automatically, by ${command.migration.rule} (${command.migration.ruleDocs})`,
  ];
  for (const example of command.examples) {
    lines.push(`  Example (${example.library}, fixtures/${example.fixture}):`, indented(example.before, '    - '), indented(example.after, '    + '));
  }
  return lines.join('\n');
}

export function formatExplanation(result: ExplainResult): string {
  switch (result.kind) {
    case 'commands':
      return `${result.commands.map((command) => commandText(command, result.glideInstalled)).join('\n\n')}\n`;
    case 'glide-method':
      return [
        `${result.name}  (GLIDE method${result.family ? `, ${result.family}` : ''})`,
        ...(result.glide ? glideLines([result.glide], result.glideInstalled) : glideLines([], result.glideInstalled)),
        `  Migrated:     no: ${result.migration.reason}`,
        '',
      ].join('\n');
    case 'search':
      if (result.matches.length === 0) return `no command matches '${result.words}'\n`;
      return `${result.matches.map((match) => `${match.command.padEnd(18)} ${match.family.padEnd(12)} ${match.names.join(', ')}`).join('\n')}\n`;
    case 'unknown':
      return '';
  }
}
