/**
 * Valkey in a container, for machines with a Docker engine but no `valkey-server` binary: testcontainers pulls the
 * official image and maps its port to a free one on this machine. Loaded only on that path, so machines without
 * Docker never load the Docker client.
 */
import type { ValkeyServer } from './valkey-server.js';

const IMAGE = 'valkey/valkey:8.0';
const VALKEY_PORT = 6379;

/** Whether a Docker engine answers, as testcontainers finds it (DOCKER_HOST, the socket, a configured context). */
export async function dockerEngineAvailable(): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function startValkeyContainer(flush: (url: string) => Promise<void>): Promise<ValkeyServer> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer(IMAGE)
    .withCommand(['valkey-server', '--save', '', '--appendonly', 'no'])
    .withExposedPorts(VALKEY_PORT)
    .withWaitStrategy(Wait.forLogMessage('Ready to accept connections'))
    .start();
  const host = container.getHost();
  const port = container.getMappedPort(VALKEY_PORT);
  const url = `redis://${host}:${port}`;
  return {
    host,
    port,
    url,
    flush: () => flush(url),
    stop: async () => {
      await container.stop();
    },
  };
}
