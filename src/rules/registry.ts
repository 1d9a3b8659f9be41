/**
 * Every rule. The order carries no meaning: each rule declares its phase (RULE_PHASES in the rule contract), and
 * within a phase the call rules own disjoint methods (test/meta/rules.test.ts) and the file rules do not depend
 * on each other (test/unit/rules/registry-order.test.ts migrates every fixture with the list reversed).
 */
import { booleanReplyToInteger } from './commands/boolean-reply-to-integer.js';
import { floatReplyToString } from './commands/float-reply-to-string.js';
import { scoreReplyToString } from './commands/score-reply-to-string.js';
import { zaddScoreMemberPairs } from './commands/zadd-score-member-pairs.js';
import { zcountBounds } from './commands/zcount-bounds.js';
import { zpopScores } from './commands/zpop-scores.js';
import { zrangeFamily } from './commands/zrange-family.js';
import { getexExpiryOptions } from './commands/getex-expiry-options.js';
import { getsetToSetReturnOld } from './commands/getset-to-set-return-old.js';
import { msetKeyValuePairs } from './commands/mset-key-value-pairs.js';
import { sameShapeCommands } from './commands/same-shape-commands.js';
import { setOptions } from './commands/set-options.js';
import { setexToSetExpiry } from './commands/setex-to-set-expiry.js';
import { setnxToConditionalSet } from './commands/setnx-to-conditional-set.js';
import { variadicArgumentsToArray } from './commands/variadic-arguments-to-array.js';
import { hgetallReturnsObject } from './commands/hgetall-returns-object.js';
import { hsetFieldValuePairs } from './commands/hset-field-value-pairs.js';
import { keysToCustomCommand } from './commands/keys-to-custom-command.js';
import { blockingListPops } from './commands/blocking-list-pops.js';
import { blockingSortedSetPops } from './commands/blocking-sorted-set-pops.js';
import { configCommands } from './commands/config-commands.js';
import { customCommand } from './commands/custom-command.js';
import { geoaddMembers } from './commands/geoadd-members.js';
import { geodistUnit } from './commands/geodist-unit.js';
import { geosearchShape } from './commands/geosearch-shape.js';
import { geoposCoordinates } from './commands/geopos-coordinates.js';
import { clientTrackingInfo } from './commands/client-tracking-info.js';
import { replicaofNoOne } from './commands/replicaof-no-one.js';
import { bitfieldSubcommands } from './commands/bitfield-subcommands.js';
import { bitopOperation } from './commands/bitop-operation.js';
import { bitRangeOptions } from './commands/bit-range-options.js';
import { zrangeByLex } from './commands/zrange-by-lex.js';
import { lcsForms } from './commands/lcs-forms.js';
import { sortOptions } from './commands/sort-options.js';
import { dumpAndRestore } from './commands/dump-and-restore.js';
import { hrandfieldCount } from './commands/hrandfield-count.js';
import { lmpopShape } from './commands/lmpop-shape.js';
import { zstoreKeysAndWeights } from './commands/zstore-keys-and-weights.js';
import { scanCursors } from './commands/scan-cursors.js';
import { authPassword } from './commands/auth-password.js';
import { rawCommands } from './commands/raw-commands.js';
import { zcombineWithScores } from './commands/zcombine-with-scores.js';
import { keyCountToArray } from './commands/key-count-to-array.js';
import { zrankWithScore } from './commands/zrank-with-score.js';
import { zrandmemberCount } from './commands/zrandmember-count.js';
import { zmpopScores } from './commands/zmpop-scores.js';
import { linsertPosition } from './commands/linsert-position.js';
import { lmoveDirections } from './commands/lmove-directions.js';
import { lposOptions } from './commands/lpos-options.js';
import { popWithCount } from './commands/pop-with-count.js';
import { serverCommands } from './commands/server-commands.js';
import { setReplyToArray } from './commands/set-reply-to-array.js';
import { typeMappingToDecoder } from './commands/type-mapping-to-decoder.js';
import { evalToInvokeScript } from './scripts/eval-to-invoke-script.js';
import { evalshaToCustomCommand } from './scripts/evalsha-to-custom-command.js';
import { scriptLoadToCustomCommand } from './scripts/script-load-to-custom-command.js';
import { fcallKeysAndArguments } from './scripts/fcall-keys-and-arguments.js';
import { functionCommands } from './scripts/function-commands.js';
import { defineCommandToScript } from './scripts/define-command-to-script.js';
import { defineScriptToScript } from './scripts/define-script-to-script.js';
import { callbackArguments } from './lifecycle/callback-arguments.js';
import { clientConstruction } from './connection/client-construction.js';
import { unmigratedCall } from './fallback/unmigrated-call.js';
import { glideImports } from './imports/glide-imports.js';
import { shadowedNames } from './imports/shadowed-names.js';
import { clientEscapes } from './lifecycle/client-escapes.js';
import { errorInspection } from './errors/error-inspection.js';
import { replyOrder } from './lifecycle/reply-order.js';
import { clientTypeAnnotations } from './lifecycle/client-type-annotations.js';
import { eventListeners } from './lifecycle/event-listeners.js';
import { nodeRedisConnect } from './lifecycle/node-redis-connect.js';
import { promiseClientReceiver } from './lifecycle/promise-client-receiver.js';
import { quitToClose } from './lifecycle/quit-to-close.js';
import { batchResults } from './batches/batch-results.js';
import type { Rule } from '../engine/rewrite/rule.js';

export const COMMAND_RULES: readonly Rule[] = [sameShapeCommands, variadicArgumentsToArray, booleanReplyToInteger, hsetFieldValuePairs, hgetallReturnsObject, hrandfieldCount, setReplyToArray, popWithCount, blockingListPops, linsertPosition, lmoveDirections, lmpopShape, lposOptions, keysToCustomCommand, serverCommands, clientTrackingInfo, replicaofNoOne, configCommands, customCommand, setOptions, setexToSetExpiry, setnxToConditionalSet, getsetToSetReturnOld, getexExpiryOptions, msetKeyValuePairs, floatReplyToString, lcsForms, sortOptions, dumpAndRestore, zaddScoreMemberPairs, geoaddMembers, geodistUnit, geosearchShape, geoposCoordinates, bitfieldSubcommands, bitopOperation, bitRangeOptions, scoreReplyToString, zcountBounds, zrangeFamily, zrangeByLex, zstoreKeysAndWeights, zcombineWithScores, keyCountToArray, zrankWithScore, zrandmemberCount, zmpopScores, zpopScores, blockingSortedSetPops, scanCursors, authPassword, evalToInvokeScript, evalshaToCustomCommand, scriptLoadToCustomCommand, fcallKeysAndArguments, functionCommands];

export const RULES: readonly Rule[] = [
  clientConstruction,
  clientEscapes,
  errorInspection,
  callbackArguments,
  promiseClientReceiver,
  ...COMMAND_RULES,
  rawCommands,
  defineCommandToScript,
  defineScriptToScript,
  typeMappingToDecoder,
  quitToClose,
  batchResults,
  nodeRedisConnect,
  eventListeners,
  unmigratedCall,
  clientTypeAnnotations,
  replyOrder,
  glideImports,
  shadowedNames,
];
