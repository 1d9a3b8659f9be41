/**
 * A loopback port no one listens on right now, chosen by the operating system. It is only free when we look:
 * another process may take it before the server binds, which is why the server launcher retries on another one.
 */
import net from 'node:net';

export const LOOPBACK = '127.0.0.1';

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('the operating system gave no port'))));
    });
  });
}
