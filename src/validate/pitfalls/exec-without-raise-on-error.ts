/**
 * `client.exec(batch)` without `raiseOnError`: GLIDE's second parameter is required. In JavaScript the call runs
 * with it undefined, which GLIDE reads as false: a failed command comes back as an error object in the results
 * instead of throwing, where ioredis' and node-redis' programs expected `exec` to tell them.
 */
import { definePitfall } from '../pitfall.js';

export const execWithoutRaiseOnError = definePitfall({
  id: 'exec-without-raise-on-error',
  summary: 'exec(batch) is called without raiseOnError',
  find: (context) =>
    context
      .clientCalls('exec')
      .filter((call) => call.getArguments().length < 2)
      .map((call) =>
        context.at(call, 'exec(batch) without raiseOnError: pass true to throw on the first failed command, or false to get each error in its slot of the results'),
      ),
});
