/**
 * The coordinate-text function a migrated module gets must write GLIDE's GEOPOS numbers as the exact text ioredis
 * answered. The function the helper declares is taken from the printed module and run on the numbers GLIDE reads
 * from a real valkey-server, for points over the whole range, near 0 and at the edges, next to ioredis' text for
 * the same points.
 */
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { GlideClient, Logger } from '@valkey/valkey-glide';
import { parseSource } from '../../../../src/engine/parse.js';
import type { RuleContext } from '../../../../src/engine/rewrite/rule.js';
import { coordinateTextFunction } from '../../../../src/rules/support/coordinate-text.js';
import { startValkeyServer, type ValkeyServer } from '../../../helpers/valkey-server.js';

/** Only what the helper reads of a rule's context: the parsed file, its jscodeshift and its language. */
function contextFor(file: string, text: string): RuleContext {
  const parsed = parseSource(file, text);
  return { j: parsed.j, file: parsed, typeScript: file.endsWith('.ts') } as unknown as RuleContext;
}

/** The declared function, compiled from the printed JavaScript module. */
function declaredFunction(): (coordinate: number) => string {
  const context = contextFor('main.js', 'const answer = 42;\n');
  const name = coordinateTextFunction(context);
  const printed = context.file.root.toSource();
  return new Function(`${printed}\nreturn ${name};`)() as (coordinate: number) => string;
}

/** A small deterministic generator, so that a failure names points that can be tried again. */
function randomPoints(count: number): [number, number][] {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: count }, (_, index) => {
    const scale = index % 4 === 0 ? 1e-5 : 1;
    return [(next() * 2 - 1) * 180 * scale, (next() * 2 - 1) * 85.05 * scale];
  });
}

describe('coordinateTextFunction', function () {
  let server: ValkeyServer;
  let ioredis: Redis;
  let glide: GlideClient;

  before(async function () {
    server = await startValkeyServer();
    Logger.setLoggerConfig('off');
    ioredis = new Redis({ host: server.host, port: server.port });
    glide = await GlideClient.createClient({ addresses: [{ host: server.host, port: server.port }] });
  });

  after(async function () {
    glide?.close();
    ioredis?.disconnect();
    await server?.stop();
  });

  it("writes GLIDE's numbers as ioredis' text for 2,000 points, near 0 and at the edges", async function () {
    const points: [number, number][] = [[180, 85.05112878], [-180, -85.05112878], [0, 0], [-0.000001, 0.000002], ...randomPoints(2000)];
    const members = points.map((_, index) => `p${index}`);
    await ioredis.geoadd('points', ...points.flatMap(([longitude, latitude], index) => [longitude, latitude, members[index]]));
    const texts = await ioredis.geopos('points', ...members);
    const numbers = await glide.geopos('points', members);
    const coordinateText = declaredFunction();
    const rewritten = numbers.map((position) => position && [coordinateText(position[0]), coordinateText(position[1])]);
    expect(rewritten).to.deep.equal(texts);
    expect(texts).to.deep.include(['180', '85.0511287799999991']);
  });

  it('is declared once per module, last, under a name the module does not use', function () {
    const context = contextFor('main.ts', 'const coordinateText = 1;\nconsole.log(coordinateText);\n');
    expect(coordinateTextFunction(context)).to.equal('coordinateText2');
    expect(coordinateTextFunction(context)).to.equal('coordinateText2');
    const body = context.file.root.get('program').node.body as { type: string; id?: { name: string } }[];
    expect(body.filter((statement) => statement.type === 'FunctionDeclaration')).to.have.length(1);
    expect(body[body.length - 1].id?.name).to.equal('coordinateText2');
    expect(context.file.root.toSource()).to.include('function coordinateText2(coordinate: number): string {');
  });
});
