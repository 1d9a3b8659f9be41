/**
 * The reason a command rule gives when it leaves a call as written because it cannot map what the call passes:
 * one wording for every rule, naming the source method, what was passed and GLIDE's method.
 */
import type { ClientCall } from '../../engine/analyse/types.js';

export function cannotMap(call: ClientCall, glide: string, what = 'arguments'): string {
  return `${call.method}() is called with ${what} the codemod cannot map to GLIDE's ${glide}(); migrate it by hand`;
}
