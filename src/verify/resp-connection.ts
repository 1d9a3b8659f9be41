/**
 * A small typed Valkey connection over a socket, for the few commands verify sends itself (PING, FLUSHALL, SELECT
 * and the keyspace reads). It exists instead of a client library because ioredis and node-redis are the code under
 * migration, not dependencies of this package, and valkey-cli may be missing where `--valkey-url` names a server.
 * Commands are pipelined in order; a server error reply rejects that command only; a dead or silent server rejects
 * everything pending, so a broken server is an error and never a hang.
 */
import net from 'node:net';
import tls from 'node:tls';
import { encodeCommand } from './encode-command.js';
import { RespReplyParser } from './resp-reply-parser.js';
import { RespServerError, type RespReply } from './resp-reply.js';
import type { ServerAddress } from './server-address.js';
import { ValkeyConnectionError } from './verify-errors.js';

export interface RespConnection {
  /** Sends one command; resolves with its reply, rejects on an error reply. */
  command(...args: string[]): Promise<RespReply>;
  close(): Promise<void>;
}

const IDLE_TIMEOUT_MS = 10_000;

interface Pending {
  readonly args: readonly string[];
  resolve(reply: RespReply): void;
  reject(error: Error): void;
}

export async function openRespConnection(address: ServerAddress): Promise<RespConnection> {
  const socket = await connect(address);
  const parser = new RespReplyParser();
  const pending: Pending[] = [];
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiting of pending.splice(0)) waiting.reject(failure);
  };
  socket.setTimeout(IDLE_TIMEOUT_MS, () => {
    if (pending.length > 0) failAll(new ValkeyConnectionError(address, `no reply within ${IDLE_TIMEOUT_MS} ms`));
    socket.destroy();
  });
  socket.on('data', (chunk: Buffer) => {
    try {
      for (const reply of parser.push(chunk)) {
        const waiting = pending.shift();
        if (!waiting) continue;
        if (reply instanceof RespServerError) waiting.reject(new ValkeyConnectionError(address, `${waiting.args[0]}: ${reply.message}`));
        else waiting.resolve(reply);
      }
    } catch (error) {
      failAll(error as Error);
      socket.destroy();
    }
  });
  socket.on('error', (error) => failAll(new ValkeyConnectionError(address, error.message)));
  socket.on('close', () => failAll(new ValkeyConnectionError(address, 'the connection closed')));

  const command = (...args: string[]) =>
    new Promise<RespReply>((resolve, reject) => {
      if (failure) return reject(failure);
      pending.push({ args, resolve, reject });
      socket.write(encodeCommand(args));
    });
  await authenticate(address, command);
  return {
    command,
    close: () =>
      new Promise((resolve) => {
        if (socket.destroyed) return resolve();
        socket.once('close', () => resolve());
        socket.end();
      }),
  };
}

function connect(address: ServerAddress): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const options = { host: address.host, port: address.port };
    const socket = address.tls ? tls.connect({ ...options, servername: address.host }) : net.createConnection(options);
    const ready = address.tls ? 'secureConnect' : 'connect';
    socket.once(ready, () => {
      socket.removeListener('error', refused);
      resolve(socket);
    });
    const refused = (error: Error) => reject(new ValkeyConnectionError(address, error.message));
    socket.once('error', refused);
    socket.setTimeout(IDLE_TIMEOUT_MS, () => socket.destroy(new Error(`no connection within ${IDLE_TIMEOUT_MS} ms`)));
  });
}

async function authenticate(address: ServerAddress, command: RespConnection['command']): Promise<void> {
  if (address.password === undefined) return;
  await (address.username ? command('AUTH', address.username, address.password) : command('AUTH', address.password));
}

/** Opens a connection, runs `use`, and closes it whatever happens. */
export async function withRespConnection<T>(address: ServerAddress, use: (connection: RespConnection) => Promise<T>): Promise<T> {
  const connection = await openRespConnection(address);
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}
