/**
 * `pubsub`: a publisher and a subscriber. GLIDE's `publish` takes the message first and the channel second (the
 * reverse of ioredis and node-redis), so the publisher module keeps the familiar `(client, message, channel)`
 * order in one place. The subscriber subscribes with `subscribe(channels, timeout)`, which resolves once the
 * server has confirmed the subscription: every message published after that is delivered, either to a callback
 * (the client is created with `pubsubSubscriptions.callback`) or to a queue read with `getPubSubMessage()`.
 * Channels are always passed as an array: GLIDE takes any iterable, so a bare string would subscribe to its letters.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { numberValue, stringValue } from './literals.js';
import { integerOption, textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { clientClassHole } from './topology-names.js';

export const pubsubOptions = z
  .object({
    channel: textOption('The channel published to and subscribed to by default.', 'events'),
    delivery: z
      .enum(['callback', 'polling'])
      .default('callback')
      .describe('callback: each message is handed to a function as it arrives; polling: messages queue up and nextMessage() reads them.'),
    subscribeTimeoutMs: integerOption('How long createSubscriber waits for the server to confirm the subscription, in milliseconds.', 5000, { min: 1, max: 600000 }),
  })
  .strict();

export type PubsubOptions = z.output<typeof pubsubOptions>;

const PUBLISHER_MODULE = `/**
 * Publishing. GLIDE's publish takes the message first and the channel second, the reverse of ioredis and
 * node-redis; publish() here takes the message and then the channel, with CHANNEL as the default.
 */
import type { ${hole('ClientType')} } from '@valkey/valkey-glide';

export const CHANNEL = ${hole('channel')};

/** Publishes \`message\`; answers how many subscribers received it (on a cluster: those of the node it went to). */
export async function publish(client: ${hole('ClientType')}, message: string, channel: string = CHANNEL): Promise<number> {
  return client.publish(message, channel);
}
`;

const CALLBACK_SUBSCRIBER_MODULE = `/**
 * A subscriber that hands every message to a callback. It is created with a callback and no static channels, then
 * subscribes and waits for the server's confirmation: every message published after createSubscriber resolves
 * reaches the callback. GLIDE restores the subscriptions after a reconnect.
 */
import { ${hole('ClientClass')}, type PubSubMsg } from '@valkey/valkey-glide';
import { clientConfiguration } from './client.js';
import { CHANNEL } from './publisher.js';

const SUBSCRIBE_TIMEOUT_MS = ${hole('subscribeTimeoutMs')};

export type MessageHandler = (message: string, channel: string) => void;

/** A client subscribed to \`channels\` (an array: a bare string would subscribe to its letters). */
export async function createSubscriber(onMessage: MessageHandler, channels: string[] = [CHANNEL]): Promise<${hole('ClientClass')}> {
  const subscriber = await ${hole('ClientClass')}.createClient({
    ...clientConfiguration(),
    pubsubSubscriptions: {
      channelsAndPatterns: {},
      callback: (received: PubSubMsg) => onMessage(String(received.message), String(received.channel)),
    },
  });
  await subscriber.subscribe(channels, SUBSCRIBE_TIMEOUT_MS);
  return subscriber;
}
`;

const POLLING_SUBSCRIBER_MODULE = `/**
 * A subscriber whose messages queue up until read. createSubscriber subscribes and waits for the server's
 * confirmation: every message published after it resolves can be read with nextMessage(). GLIDE restores the
 * subscriptions after a reconnect.
 */
import { ${hole('ClientClass')} } from '@valkey/valkey-glide';
import { clientConfiguration } from './client.js';
import { CHANNEL } from './publisher.js';

const SUBSCRIBE_TIMEOUT_MS = ${hole('subscribeTimeoutMs')};

export interface ReceivedMessage {
  readonly message: string;
  readonly channel: string;
}

/** A client subscribed to \`channels\` (an array: a bare string would subscribe to its letters). */
export async function createSubscriber(channels: string[] = [CHANNEL]): Promise<${hole('ClientClass')}> {
  const subscriber = await ${hole('ClientClass')}.createClient(clientConfiguration());
  await subscriber.subscribe(channels, SUBSCRIBE_TIMEOUT_MS);
  return subscriber;
}

/** The next message, waiting for one when none has arrived yet. */
export async function nextMessage(subscriber: ${hole('ClientClass')}): Promise<ReceivedMessage> {
  const received = await subscriber.getPubSubMessage();
  return { message: String(received.message), channel: String(received.channel) };
}
`;

const DEMO_START = `/** 100 messages published after the subscription: the subscriber receives every one, in order. */
import { closeGracefully, createValkeyClient } from './client.js';
import { publish } from './publisher.js';

// A channel of the demo's own, so that no real subscriber receives its messages.
const channel = 'glide-example:' + String(process.pid);
`;

const DEMO_CHECKS = `
    const expected = Array.from({ length: 100 }, (_, index) => 'message ' + String(index));
    console.log(String(received.length) + ' of 100 messages received on ' + channel);
    const checks = {
      'every message published after the subscription arrived, in order': JSON.stringify(received) === JSON.stringify(expected),
    };${REPORT_CHECKS}`;

const CALLBACK_DEMO = `${DEMO_START}import { createSubscriber } from './subscriber.js';

async function main(): Promise<boolean> {
  const received: string[] = [];
  const subscriber = await createSubscriber((message) => received.push(message), [channel]);
  const publisher = await createValkeyClient();
  try {
    for (let index = 0; index < 100; index += 1) await publish(publisher, 'message ' + String(index), channel);
    const deadline = Date.now() + 5000;
    while (received.length < 100 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));${DEMO_CHECKS}
  } finally {
    await closeGracefully(publisher);
    await closeGracefully(subscriber);
  }
}
${DEMO_RUNNER}`;

const POLLING_DEMO = `${DEMO_START}import { createSubscriber, nextMessage } from './subscriber.js';

async function main(): Promise<boolean> {
  const subscriber = await createSubscriber([channel]);
  const publisher = await createValkeyClient();
  try {
    for (let index = 0; index < 100; index += 1) await publish(publisher, 'message ' + String(index), channel);
    const received: string[] = [];
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000).unref());
    while (received.length < 100) {
      const next = await Promise.race([nextMessage(subscriber), timeout]);
      if (next === null) break;
      received.push(next.message);
    }${DEMO_CHECKS}
  } finally {
    await closeGracefully(publisher);
    await closeGracefully(subscriber);
  }
}
${DEMO_RUNNER}`;

function moduleFiles(options: PubsubOptions, target: GeneratorTarget): GeneratedFile[] {
  const clientClass = clientClassHole(target.topology);
  const subscriber = options.delivery === 'callback' ? CALLBACK_SUBSCRIBER_MODULE : POLLING_SUBSCRIBER_MODULE;
  return [
    renderModule('publisher', PUBLISHER_MODULE, { channel: stringValue(j, options.channel), ClientType: clientClass }, target),
    renderModule('subscriber', subscriber, { subscribeTimeoutMs: numberValue(j, options.subscribeTimeoutMs), ClientClass: clientClass }, target),
  ];
}

function readme(options: PubsubOptions, target: GeneratorTarget): GeneratedFile {
  const extension = target.language;
  const usage =
    options.delivery === 'callback'
      ? ['const subscriber = await createSubscriber((message, channel) => console.log(channel, message));', "await publish(publisher, 'hello');"]
      : ['const subscriber = await createSubscriber();', "await publish(publisher, 'hello');", 'const { message } = await nextMessage(subscriber);'];
  const text = [
    '# Publish / subscribe on Valkey GLIDE',
    '',
    `\`publisher.${extension}\` exports \`publish(client, message, channel?)\` and \`CHANNEL\`; \`subscriber.${extension}\` exports`,
    options.delivery === 'callback' ? '`createSubscriber(onMessage, channels?)`.' : '`createSubscriber(channels?)` and `nextMessage(subscriber)`.',
    '',
    "- GLIDE's own `publish` takes the message first and the channel second; `publish` here keeps that in one place.",
    '- `createSubscriber` resolves once the server has confirmed the subscription: every message published after',
    '  that is delivered. Pass channels as an array: GLIDE takes any iterable, and a string would subscribe to its letters.',
    '',
    '```' + extension,
    ...usage,
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const pubsubGenerator = defineGenerator({
  id: 'pubsub',
  title: 'Publisher and subscriber',
  summary: 'publish(client, message, channel) and a subscriber confirmed by the server, with a callback or a polled queue; the demo proves every message published after subscribing arrives, in order.',
  options: pubsubOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      ...moduleFiles(options, target),
      renderModule('demo', options.delivery === 'callback' ? CALLBACK_DEMO : POLLING_DEMO, {}, target),
      readme(options, target),
      ...projectFiles('pubsub', target),
    ];
  },
});
