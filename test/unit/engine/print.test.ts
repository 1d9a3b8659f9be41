/** Untouched code is reproduced byte for byte, and new code follows the file's quote style. */
import { expect } from 'chai';
import { migrateSource } from '../../../src/index.js';

const UNTOUCHED = `import Redis from "ioredis"; // weird   spacing kept
const redis = new Redis({ host: "127.0.0.1", port: 6379 });

/* a block comment */
export function   spaced ( a ,b ) { return a+b }
`;

describe('printing', function () {
  it('keeps text outside the rewritten spans byte-identical', function () {
    const { after } = migrateSource('service.ts', UNTOUCHED);
    expect(after).to.include('/* a block comment */\nexport function   spaced ( a ,b ) { return a+b }\n');
  });

  it('writes new string literals in the quote style the file uses', function () {
    const { after } = migrateSource('service.ts', UNTOUCHED);
    expect(after).to.include('import { GlideClient, Logger } from "@valkey/valkey-glide";');
    expect(after).to.include('Logger.setLoggerConfig("off");');
  });

  it('returns a file without client usage exactly as given, unchanged', function () {
    const text = 'export const   x=1 ;\n';
    const result = migrateSource('plain.ts', text);
    expect(result.changed).to.equal(false);
    expect(result.after).to.equal(text);
  });
});
