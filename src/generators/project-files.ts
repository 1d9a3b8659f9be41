/**
 * The files around a generated module that make its folder a project that runs as it is: `package.json` (the
 * module type, the GLIDE dependency, a `demo` script) and, for TypeScript, a `tsconfig.json` matching Node's
 * module rules (NodeNext), so `npx tsc -p .` and `node` work in the folder. Both are data printed as JSON.
 */
import type { GeneratedFile, GeneratorTarget } from './define-generator.js';

/** The GLIDE release the generated code is type-checked and run against in this repository's tests. */
export const GLIDE_DEPENDENCY = '^2.5.2';

/** `dependencies` beside GLIDE's, for generators whose code needs more (fastify-plugin: fastify, fastify-plugin). */
export function packageJsonFile(generatorId: string, target: GeneratorTarget, dependencies: Readonly<Record<string, string>> = {}): GeneratedFile {
  const typeScript = target.language === 'ts';
  const manifest = {
    name: `valkey-glide-${generatorId}-example`,
    version: '0.1.0',
    private: true,
    type: target.moduleSystem === 'esm' ? 'module' : 'commonjs',
    scripts: typeScript ? { build: 'tsc -p .', demo: 'tsc -p . && node dist/demo.js' } : { demo: 'node demo.js' },
    dependencies: { '@valkey/valkey-glide': GLIDE_DEPENDENCY, ...dependencies },
    ...(typeScript ? { devDependencies: { '@types/node': '^20.19.0', typescript: '~5.9.3' } } : {}),
  };
  return { path: 'package.json', text: `${JSON.stringify(manifest, null, 2)}\n` };
}

export function tsconfigFile(): GeneratedFile {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      outDir: 'dist',
    },
    include: ['*.ts'],
  };
  return { path: 'tsconfig.json', text: `${JSON.stringify(config, null, 2)}\n` };
}

/** package.json, and tsconfig.json for TypeScript. */
export function projectFiles(generatorId: string, target: GeneratorTarget): GeneratedFile[] {
  return target.language === 'ts' ? [packageJsonFile(generatorId, target), tsconfigFile()] : [packageJsonFile(generatorId, target)];
}

/** The README's "run it" section, the same for every generator of a target. */
export function runInstructions(target: GeneratorTarget): string {
  const server =
    target.topology === 'cluster'
      ? 'Against a Valkey cluster whose nodes `VALKEY_CLUSTER_NODES` lists (`host:port,host:port`; default localhost:6379):'
      : 'Against a Valkey server at `VALKEY_HOST` / `VALKEY_PORT` (default localhost:6379):';
  const lines = ['## Run the demo', '', server, '', '```sh', 'npm install'];
  lines.push(target.language === 'ts' ? 'npm run demo   # tsc -p . && node dist/demo.js' : 'npm run demo   # node demo.js');
  lines.push('```', '', 'The demo exits 0 only when the pattern kept its promise, and prints what it checked.', '');
  lines.push('Credentials, when the server needs them, are read from `VALKEY_USERNAME` / `VALKEY_PASSWORD`.', '');
  return lines.join('\n');
}
