/**
 * The layers, checked rather than remembered: imports point down (doors → index → rules → engine), the doors reach
 * the engine through src/index.ts (or the report and error modules, which hold data and text only and which the MCP
 * server needs before it loads the engine), and no modules import each other in a circle.
 */
import { parse } from '@babel/parser';
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.d.ts') ? [full] : [];
  });
}

const relative = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

function importsOf(file: string): ImportEdge[] {
  const program = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['typescript'] }).program;
  const edges: ImportEdge[] = [];
  for (const statement of program.body) {
    const isImport = statement.type === 'ImportDeclaration';
    const isReexport = (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') && statement.source;
    if (!isImport && !isReexport) continue;
    const specifier = String((statement as { source: { value: string } }).source.value);
    if (!specifier.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
    const kind = (statement as { importKind?: string; exportKind?: string }).importKind ?? (statement as { exportKind?: string }).exportKind;
    edges.push({ from: relative(file), to: relative(target), typeOnly: kind === 'type' });
  }
  return edges;
}

const edges = sourceFiles(SRC).flatMap(importsOf);
const layerOf = (file: string) => {
  // The entry of a project run's worker threads binds the registry's rules as index.ts does, for another thread;
  // the package's version is read by both doors.
  if (file === 'index.ts' || file === 'project-worker.ts' || file === 'package-version.ts') return 'index';
  const [top] = file.split('/');
  return ['cli', 'mcp', 'jscodeshift'].includes(top) ? 'door' : top;
};

/**
 * The layers from the bottom up (DESIGN.md): a module imports only from its own layer or the ones below it. `source`
 * reads ioredis / node-redis code, `glide` builds GLIDE code; generators share it.
 */
const LAYERS = ['ast', 'source', 'glide', 'knowledge', 'engine', 'rules', 'generators', 'validate', 'check', 'plan', 'verify', 'index', 'door'];

/** Features beside the rules: they build on the layers below the engine and the engine must not know them. */
const FEATURES_BESIDE_RULES = ['generators'];

describe('import layers', function () {
  it('finds the imports of src/', function () {
    expect(edges.length).to.be.greaterThan(100);
  });

  it('puts every module in a layer', function () {
    const outside = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].filter((file) => !LAYERS.includes(layerOf(file)));
    expect(outside).to.deep.equal([]);
  });

  it('points every import down the layers (the engine knows no rules; nothing below the doors knows them)', function () {
    const upward = edges.filter((edge) => LAYERS.indexOf(layerOf(edge.to)) > LAYERS.indexOf(layerOf(edge.from)));
    expect(upward.map((edge) => `${edge.from} → ${edge.to}`)).to.deep.equal([]);
  });

  it('keeps the generators beside the rules: they import neither the engine nor the rules, and only the index and doors import them', function () {
    const crossing = edges.filter((edge) => {
      const from = layerOf(edge.from);
      const to = layerOf(edge.to);
      if (FEATURES_BESIDE_RULES.includes(from)) return ['engine', 'rules'].includes(to);
      if (FEATURES_BESIDE_RULES.includes(to)) return from !== to && !['index', 'door'].includes(from);
      return false;
    });
    expect(crossing.map((edge) => `${edge.from} → ${edge.to}`)).to.deep.equal([]);
  });

  it('lets the doors reach the engine only through src/index.ts, the report and the errors', function () {
    const allowed = (target: string) => target.startsWith('engine/report/') || target === 'engine/errors.ts';
    const around = edges.filter(
      (edge) => layerOf(edge.from) === 'door' && ['engine', 'rules', 'generators', 'validate'].includes(layerOf(edge.to)) && !allowed(edge.to),
    );
    expect(around.map((edge) => `${edge.from} → ${edge.to}`)).to.deep.equal([]);
  });

  it('has no circle of modules importing each other at run time', function () {
    const graph = new Map<string, string[]>();
    for (const edge of edges.filter((candidate) => !candidate.typeOnly)) graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge.to]);
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).to.deep.equal([]);
  });
});
