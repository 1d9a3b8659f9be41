/** A GLIDE client on a test server, with a timeout long enough for a busy shared machine. */
import { GlideClient, Logger } from '@valkey/valkey-glide';
import type { ValkeyServer } from '../helpers/valkey-server.js';

export async function glideClientFor(server: ValkeyServer): Promise<GlideClient> {
  Logger.setLoggerConfig('off');
  return GlideClient.createClient({ addresses: [{ host: server.host, port: server.port }], requestTimeout: 5000 });
}
