/**
 * The generated publisher and subscribers against a real valkey-server and a real 3-primary cluster: every
 * message published after createSubscriber resolved reaches every subscriber, each publisher's messages in the
 * order it published them, with a callback and with polling. Shown to fail on a mutant that subscribes with a
 * bare string (GLIDE then subscribes to its letters, and nothing arrives).
 */
import { Logger } from '@valkey/valkey-glide';
import { expect } from 'chai';
import { loadGeneratedModule, pause, type LoadedModule, type Mutation } from './generated-module.js';
import { subscribeWithBareString } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface PublisherModule {
  publish(client: AnyGlideClient, message: string, channel?: string): Promise<number>;
}
interface CallbackSubscriberModule {
  createSubscriber(onMessage: (message: string, channel: string) => void, channels?: string[]): Promise<AnyGlideClient>;
}
interface PollingSubscriberModule {
  createSubscriber(channels?: string[]): Promise<AnyGlideClient>;
  nextMessage(subscriber: AnyGlideClient): Promise<{ message: string; channel: string }>;
}

const PUBLISHERS = 4;
const PER_PUBLISHER = 50;

/** Each publisher client sends its messages in order, all publishers at once. */
async function publishFromEach(publisher: PublisherModule, clients: readonly AnyGlideClient[]): Promise<string[]> {
  const sent = clients.slice(0, PUBLISHERS).map((_, from) => Array.from({ length: PER_PUBLISHER }, (__, index) => `${from}:${index}`));
  await Promise.all(sent.map(async (messages, from) => {
    for (const message of messages) await publisher.publish(clients[from], message);
  }));
  return sent.flat();
}

/** Whether `received` holds exactly `sent`, each publisher's messages in their order. */
function deliveredInOrder(received: readonly string[], sent: readonly string[]): boolean {
  if ([...received].sort().join() !== [...sent].sort().join()) return false;
  return Array.from({ length: PUBLISHERS }, (_, from) => received.filter((message) => message.startsWith(`${from}:`))).every((messages) =>
    messages.every((message, index) => message === `${message.split(':')[0]}:${index}`),
  );
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await pause(20);
}

for (const topology of TOPOLOGIES) {
  describe(`pubsub property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<unknown>[] = [];
    const closing: AnyGlideClient[] = [];
    async function load<T>(moduleFile: string, delivery: string, mutate?: Mutation): Promise<T> {
      const module = await loadGeneratedModule<T>({ id: 'pubsub', options: { delivery, channel: 'property' }, moduleFile, topology, mutate });
      loaded.push(module);
      // The generated client module sets GLIDE's log level to warn; closing subscribed clients logs at error.
      Logger.setLoggerConfig('off');
      return module.module;
    }

    before(async () => {
      servers = await startServersUnderTest(topology, PUBLISHERS);
      Object.assign(process.env, servers.environment);
    });
    after(async () => {
      for (const client of closing) client.close();
      for (const name of Object.keys(servers?.environment ?? {})) delete process.env[name];
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    /** What each of `count` callback subscribers received of the messages published after they subscribed. */
    async function receivedByCallbackSubscribers(subscriberModule: CallbackSubscriberModule, count: number, waitMs = 5000): Promise<{ sent: string[]; received: string[][] }> {
      const publisher = await load<PublisherModule>('publisher.js', 'callback');
      const received = Array.from({ length: count }, () => [] as string[]);
      for (const inbox of received) closing.push(await subscriberModule.createSubscriber((message) => inbox.push(message)));
      const sent = await publishFromEach(publisher, servers.clients);
      await until(() => received.every((inbox) => inbox.length >= sent.length), waitMs);
      return { sent, received };
    }

    it('delivers every message published after subscribing to each of 3 callback subscribers, in each publisher’s order', async function () {
      const { sent, received } = await receivedByCallbackSubscribers(await load<CallbackSubscriberModule>('subscriber.js', 'callback'), 3);
      for (const inbox of received) expect(deliveredInOrder(inbox, sent), `${inbox.length} of ${sent.length}`).to.equal(true);
    });

    it('queues every message published after subscribing for a polling subscriber, in each publisher’s order', async function () {
      const subscriberModule = await load<PollingSubscriberModule>('subscriber.js', 'polling');
      const publisher = await load<PublisherModule>('publisher.js', 'polling');
      const subscriber = await subscriberModule.createSubscriber();
      closing.push(subscriber);
      const sent = await publishFromEach(publisher, servers.clients);
      const received: string[] = [];
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000).unref());
      while (received.length < sent.length) {
        const next = await Promise.race([subscriberModule.nextMessage(subscriber), timeout]);
        if (next === null) break;
        received.push(next.message);
      }
      expect(deliveredInOrder(received, sent), `${received.length} of ${sent.length}`).to.equal(true);
    });

    if (topology === 'standalone') {
      it('catches a subscription with a bare string: nothing arrives', async function () {
        const { received } = await receivedByCallbackSubscribers(await load<CallbackSubscriberModule>('subscriber.js', 'callback', subscribeWithBareString), 1, 1000);
        expect(received[0]).to.deep.equal([]);
      });
    }
  });
}
