/**
 * GLIDE's `publish(message, channel)` takes the message first, where ioredis and node-redis take
 * `publish(channel, message)`. Swapped, the program publishes its channel name to a channel named after the
 * message, and nobody receives it. Reported where the arguments read as channel first: a first argument named
 * like a channel or a second one that is serialised data.
 */
import { Node } from 'ts-morph';
import { definePitfall } from '../pitfall.js';

const CHANNEL_NAME = /channel|topic|room|subject/i;
const MESSAGE_NAME = /message|msg|payload|body|data|event/i;

/** The identifier or property name an argument is read from (`channel`, `this.topic`, `options.room`). */
function nameOf(node: Node): string {
  if (Node.isIdentifier(node)) return node.getText();
  if (Node.isPropertyAccessExpression(node)) return node.getName();
  return '';
}

const serialises = (node: Node) => Node.isCallExpression(node) && node.getExpression().getText() === 'JSON.stringify';

export const publishArgumentOrder = definePitfall({
  id: 'publish-argument-order',
  summary: 'publish is called channel first, as in ioredis and node-redis; GLIDE takes the message first',
  find: (context) =>
    context.clientCalls('publish').flatMap((call) => {
      const [first, second] = call.getArguments();
      if (!first || !second) return [];
      const channelFirst =
        (CHANNEL_NAME.test(nameOf(first)) && !CHANNEL_NAME.test(nameOf(second))) ||
        (MESSAGE_NAME.test(nameOf(second)) && !MESSAGE_NAME.test(nameOf(first))) ||
        (serialises(second) && !serialises(first));
      return channelFirst ? [context.at(call, 'GLIDE takes publish(message, channel): these arguments read as channel first, as ioredis and node-redis take them')] : [];
    }),
});
