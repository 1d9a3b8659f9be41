/**
 * Broken variants of the generated modules, each the mistake a pattern's promise rules out: a lock or a loading
 * lock without NX, a release that does not compare the token, limits off by one, a cache store without expiry,
 * a close that does not wait. The property tests and the demos must reject every one of them.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { JSCodeshift } from 'jscodeshift';
import { replacingString, withoutProperty, type Mutation } from './generated-module.js';

export const lockWithoutNx: Mutation = withoutProperty('conditionalSet');

export const releaseWithoutTokenCheck: Mutation = replacingString(
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL'",
  "return redis.call('DEL', KEYS[1])",
);

export const fixedWindowOneTooFew: Mutation = (j, root) => {
  const comparison = root.find(j.BinaryExpression, { operator: '<=' });
  if (comparison.size() !== 1) throw new Error('expected one <= comparison');
  comparison.forEach((path) => {
    path.node.operator = '<';
  });
};

export const slidingWindowOneTooMany: Mutation = replacingString("if redis.call('ZCARD', KEYS[1]) <", "if redis.call('ZCARD', KEYS[1]) <= tonumber(ARGV[2]) then");

export const cacheStoreWithoutExpiry: Mutation = (j, root) => {
  const found = root.find(j.ObjectProperty, { key: { name: 'expiry' } }).filter((path) => j(path).find(j.Identifier, { name: 'ttlMs' }).size() > 0);
  if (found.size() !== 1) throw new Error('expected one store with the ttlMs expiry');
  found.remove();
};

/** The cache's loading lock is its only SET NX. */
export const loadingLockWithoutNx: Mutation = (j, root) => {
  const found = root.find(j.ObjectProperty, { key: { name: 'conditionalSet' } });
  if (found.size() !== 1) throw new Error('expected the loading lock to be the one SET NX');
  found.remove();
};

export const closeWithoutWaiting: Mutation = (j, root) => {
  const waits = root.find(j.AwaitExpression, { argument: { callee: { object: { name: 'Promise' }, property: { name: 'allSettled' } } } });
  if (waits.size() !== 1) throw new Error('expected one await Promise.allSettled');
  waits.closest(j.ExpressionStatement).remove();
};

export const transactionWithoutWatch: Mutation = (j, root) => {
  const watches = root.find(j.ExpressionStatement, { expression: { argument: { callee: { property: { name: 'watch' } } } } });
  if (watches.size() !== 1) throw new Error('expected one await client.watch(...)');
  watches.remove();
};

/** Transactions of one client no longer wait for each other: their WATCHes share the connection. */
export const transactionsInterleavedOnOneClient: Mutation = (j, root) => {
  const queue = root.find(j.FunctionDeclaration, { id: { name: 'oneAtATime' } });
  if (queue.size() !== 1) throw new Error('expected the function oneAtATime');
  queue.forEach((path) => {
    path.node.body = j.blockStatement([j.returnStatement(j.callExpression(j.identifier('task'), []))]);
  });
};

/** `subscribe(CHANNEL, ...)` with a bare string: GLIDE takes any iterable and subscribes to the letters. */
export const subscribeWithBareString: Mutation = (j, root) => {
  const calls = root.find(j.CallExpression, { callee: { property: { name: 'subscribe' } } });
  if (calls.size() !== 1) throw new Error('expected one subscribe call');
  calls.forEach((path) => {
    path.node.arguments[0] = j.identifier('CHANNEL');
  });
};

/** The claim moves the job but records no lease: a job whose consumer died is never requeued. */
export const claimWithoutLease: Mutation = replacingString("redis.call('ZADD', KEYS[3]", 'local unleased = id');

/** Completion without comparing the lease token: a consumer whose lease ran out still completes. */
export const completeWithoutLeaseCheck: Mutation = replacingString("if redis.call('HGET', KEYS[5], ARGV[1]) ~= ARGV[2]", 'local unchecked = true');

/** Pages start one page too late: `pageNumber * pageSize` for `(pageNumber - 1) * pageSize`. */
export const pagesOneTooLate: Mutation = (j, root) => {
  const starts = root.find(j.VariableDeclarator, { id: { name: 'start' } });
  if (starts.size() !== 1) throw new Error('expected one start declaration');
  starts.forEach((path) => {
    path.node.init = j.binaryExpression('*', j.identifier('pageNumber'), j.identifier('pageSize'));
  });
};

/** Ranks as GLIDE's 0-based index: the top player ranks 0. */
export const zeroBasedRanks: Mutation = (j, root) => {
  const plusOne = root.find(j.BinaryExpression, { operator: '+', left: { name: 'index' }, right: { value: 1 } }).filter((path) => j(path).closest(j.ConditionalExpression).size() > 0);
  if (plusOne.size() !== 1) throw new Error('expected one index + 1 in a conditional');
  plusOne.replaceWith(j.identifier('index'));
};

/** The radius searched in miles while distances are read as kilometres: places beyond the radius are found. */
export const radiusInMiles: Mutation = (j, root) => {
  const units = root
    .find(j.ObjectProperty, { key: { name: 'unit' }, value: { object: { name: 'GeoUnit' }, property: { name: 'KILOMETERS' } } })
    .filter((path) => j(path.parent).find(j.ObjectProperty, { key: { name: 'radius' } }).size() > 0);
  if (units.size() !== 1) throw new Error('expected one radius unit');
  units.forEach((path) => {
    path.node.value = j.memberExpression(j.identifier('GeoUnit'), j.identifier('MILES'));
  });
};

/** Users active on every day counted with BITOP OR: everyone active on any day counts. */
export const everyDayCountedWithOr: Mutation = (j, root) => {
  const ands = root.find(j.MemberExpression, { object: { name: 'BitwiseOperation' }, property: { name: 'AND' } });
  if (ands.size() !== 1) throw new Error('expected one BitwiseOperation.AND');
  ands.replaceWith(j.memberExpression(j.identifier('BitwiseOperation'), j.identifier('OR')));
};

/** PFMERGE of the first source only: the merged count misses the other parts. */
export const mergeOfFirstSourceOnly: Mutation = (j, root) => {
  const merges = root.find(j.CallExpression, { callee: { property: { name: 'pfmerge' } } });
  if (merges.size() !== 1) throw new Error('expected one pfmerge call');
  merges.forEach((path) => {
    const sources = path.node.arguments[1] as Parameters<typeof j.memberExpression>[0];
    path.node.arguments[1] = j.callExpression(j.memberExpression(sources, j.identifier('slice')), [j.numericLiteral(0), j.numericLiteral(1)]);
  });
};

/** The items carrying every tag answered with SUNION: items carrying any tag. */
export const intersectionAsUnion: Mutation = (j, root) => {
  const calls = root.find(j.MemberExpression, { property: { name: 'sinter' } });
  if (calls.size() !== 1) throw new Error('expected one sinter call');
  calls.forEach((path) => {
    path.node.property = j.identifier('sunion');
  });
};

/** XADD without its trim option: the stream grows past its bound. */
export const appendWithoutTrimming: Mutation = withoutProperty('trim');

/** Pages start at the given id inclusive: each page repeats the last entry of the one before. */
export const pagesFromInclusiveId: Mutation = (j, root) => {
  const bounds = root.find(j.ObjectProperty, { key: { name: 'isInclusive' }, value: { value: false } });
  if (bounds.size() !== 2) throw new Error('expected the two exclusive page bounds');
  bounds.forEach((path) => {
    path.node.value = j.booleanLiteral(true);
  });
};

/** XREADGROUP with id 0 instead of `>`: the member reads its own pending history, never the new entries. */
export const groupReadOfOwnHistory: Mutation = replacingString('>', '0');

/** The body of the object method `name` replaced by `return <value>`. */
const methodAnswering =
  (name: string, value: (j: JSCodeshift) => ExpressionKind): Mutation =>
  (j, root) => {
    const methods = root.find(j.ObjectMethod, { key: { name } });
    if (methods.size() !== 1) throw new Error(`expected one method ${name}`);
    methods.forEach((path) => {
      path.node.body = j.blockStatement([j.returnStatement(value(j))]);
    });
  };

/** The queue's ack sends no XACK: every job stays pending and is claimed again once idle. */
export const ackWithoutXack: Mutation = methodAnswering('ack', (j) => j.booleanLiteral(true));

/** The queue never claims stale jobs: a job whose consumer died stays pending forever. */
export const queueWithoutClaiming: Mutation = methodAnswering('claimStale', (j) => j.nullLiteral());

/** Chunks one command too large: `start += chunkSize + 1` and `slice(start, start + chunkSize + 1)`. */
export const chunksOneTooLarge: Mutation = (j, root) => {
  const steps = root.find(j.AssignmentExpression, { operator: '+=', left: { name: 'start' }, right: { name: 'chunkSize' } });
  const slices = root.find(j.CallExpression, { callee: { property: { name: 'slice' } }, arguments: [{ name: 'start' }, { operator: '+' }] });
  if (steps.size() !== 1 || slices.size() !== 1) throw new Error('expected one start += chunkSize and one items.slice(start, start + chunkSize)');
  const onePlus = () => j.binaryExpression('+', j.identifier('chunkSize'), j.numericLiteral(1));
  steps.forEach((path) => {
    path.node.right = onePlus();
  });
  slices.forEach((path) => {
    path.node.arguments[1] = j.binaryExpression('+', j.identifier('start'), onePlus());
  });
};

/** Each chunk's replies put before the earlier ones: the results come back out of input order. */
export const chunkRepliesReversed: Mutation = (j, root) => {
  const pushes = root.find(j.MemberExpression, { object: { name: 'results' }, property: { name: 'push' } });
  if (pushes.size() !== 1) throw new Error('expected one results.push');
  pushes.forEach((path) => {
    path.node.property = j.identifier('unshift');
  });
};

/** The batches sent with raiseOnError true: one refused entry throws and the answers of the others are lost. */
export const chunksRaisingOnError: Mutation = (j, root) => {
  const execs = root.find(j.CallExpression, { callee: { property: { name: 'exec' } }, arguments: [{}, { value: false }] });
  if (execs.size() !== 1) throw new Error('expected one exec(batch, false)');
  execs.forEach((path) => {
    path.node.arguments[1] = j.booleanLiteral(true);
  });
};

/** The slot-routed COUNTKEYSINSLOT sent to a random node: only the key's owner counts its slot. */
export const slotRouteToRandomNode: Mutation = (j, root) => {
  const routes = root.find(j.ObjectProperty, { key: { name: 'type' }, value: { value: 'primarySlotKey' } }).map((path) => path.parent);
  if (routes.size() !== 1) throw new Error("expected one { type: 'primarySlotKey', key } route");
  routes.replaceWith(j.stringLiteral('randomNode'));
};

/** DBSIZE asked of one random node instead of all primaries: it counts one node's keys. */
export const keyCountOfOneNode: Mutation = (j, root) => {
  const routes = root
    .find(j.ObjectProperty, { key: { name: 'route' }, value: { value: 'allPrimaries' } })
    .filter((path) => j(path).closest(j.CallExpression, { callee: { property: { name: 'dbsize' } } }).size() > 0);
  if (routes.size() !== 1) throw new Error("expected one dbsize route 'allPrimaries'");
  routes.forEach((path) => {
    path.node.value = j.stringLiteral('randomNode');
  });
};

/** The order keys without their hash tag: the keys of one order fall into different slots. */
export const orderKeysWithoutHashTag: Mutation = (j, root) => {
  const builder = root.find(j.FunctionDeclaration, { id: { name: 'orderKey' } });
  if (builder.size() !== 1) throw new Error('expected the function orderKey');
  builder.find(j.ReturnStatement).forEach((path) => {
    path.node.argument = j.binaryExpression('+', j.binaryExpression('+', j.binaryExpression('+', j.stringLiteral('order:'), j.identifier('orderId')), j.stringLiteral(':')), j.identifier('field'));
  });
};

/** AZ affinity replaced by any replica: reads leave the client's zone. */
export const readFromAnyReplica: Mutation = replacingString('AZAffinity', 'preferReplica');

/** The JSON module check that never throws: a server without the module is found only by the first JSON command. */
export const jsonCheckThatNeverFails: Mutation = (j, root) => {
  const throws = root.find(j.ThrowStatement, { argument: { callee: { name: 'JsonModuleMissingError' } } });
  if (throws.size() !== 1) throw new Error('expected one throw new JsonModuleMissingError()');
  throws.closest(j.IfStatement).remove();
};

/** The plugin without its onClose hook: closing the app leaves the client open. */
export const pluginWithoutOnClose: Mutation = (j, root) => {
  const hooks = root.find(j.ExpressionStatement, { expression: { callee: { property: { name: 'addHook' } }, arguments: [{ value: 'onClose' }] } });
  if (hooks.size() !== 1) throw new Error("expected one addHook('onClose', ...)");
  hooks.remove();
};

/** The plugin exported without fastify-plugin: its decorator stays inside the plugin's own scope. */
export const pluginWithoutFastifyPlugin: Mutation = (j, root) => {
  const wraps = root.find(j.CallExpression, { callee: { name: 'fastifyPlugin' } });
  if (wraps.size() !== 1) throw new Error('expected one fastifyPlugin(...) call');
  wraps.replaceWith((path) => path.node.arguments[0]);
};
