import { GlideClient } from '@valkey/valkey-glide';
import { Redis } from 'ioredis';
import { createClient } from 'redis';

const client = await GlideClient.createClient({ addresses: [{ host: '127.0.0.1', port: 6379 }] });
await client.set('greeting', 'hello');
const greeting = await client.get('greeting');
console.log(greeting?.toString(), typeof Redis, typeof createClient);
client.close();
