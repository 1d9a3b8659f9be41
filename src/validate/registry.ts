/** The GLIDE pitfalls `validate` reports, each in its own module. */
import type { Pitfall } from './pitfall.js';
import { blockingCommandDefaultTimeout } from './pitfalls/blocking-command-default-timeout.js';
import { createClientNotAwaited } from './pitfalls/create-client-not-awaited.js';
import { customCommandHasTypedMethod } from './pitfalls/custom-command-has-typed-method.js';
import { execWithoutRaiseOnError } from './pitfalls/exec-without-raise-on-error.js';
import { publishArgumentOrder } from './pitfalls/publish-argument-order.js';
import { stringAsList } from './pitfalls/string-as-list.js';
import { scriptCreatedRepeatedly } from './pitfalls/script-created-repeatedly.js';

export const PITFALLS: readonly Pitfall[] = [
  stringAsList,
  execWithoutRaiseOnError,
  createClientNotAwaited,
  blockingCommandDefaultTimeout,
  customCommandHasTypedMethod,
  publishArgumentOrder,
  scriptCreatedRepeatedly,
];
