/**
 * The compose files under docker/ parse and hold what docker/README.md promises: the images, the ports, and for the
 * cluster six cluster-enabled nodes and a create step naming all six with one replica each. (No Docker engine runs
 * them here; this keeps them from drifting from their documentation.)
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const DOCKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docker');

interface Compose {
  services: Record<string, { image?: string; command?: string[] | string; ports?: string[]; network_mode?: string }>;
}

const compose = (file: string) => parse(readFileSync(path.join(DOCKER, file), 'utf8'), { merge: true }) as Compose;

describe('docker/ compose files', function () {
  it('standalone: one valkey on 6379', function () {
    const { services } = compose('standalone.yml');
    expect(services.valkey.image).to.match(/^valkey\/valkey:/);
    expect(services.valkey.ports).to.deep.equal(['6379:6379']);
  });

  it('cluster: six cluster-enabled nodes on 7000-7005 and a create step with one replica each', function () {
    const { services } = compose('cluster.yml');
    const nodes = Object.entries(services).filter(([name]) => name.startsWith('node-'));
    expect(nodes.map(([name]) => name)).to.deep.equal(['node-7000', 'node-7001', 'node-7002', 'node-7003', 'node-7004', 'node-7005']);
    for (const [name, service] of nodes) {
      const command = service.command as string[];
      expect(command.slice(0, 3), name).to.deep.equal(['valkey-server', '--port', name.slice('node-'.length)]);
      expect(command, name).to.include('--cluster-enabled');
      expect(service.network_mode, name).to.equal('host');
    }
    const create = services['create-cluster'].command as string[];
    expect(create.slice(0, 3)).to.deep.equal(['valkey-cli', '--cluster', 'create']);
    for (let port = 7000; port <= 7005; port += 1) expect(create).to.include(`127.0.0.1:${port}`);
    expect(create.join(' ')).to.include('--cluster-replicas 1');
  });

  it('tls: TLS only on 6380 with the certificates made at start', function () {
    const { services } = compose('tls.yml');
    const command = services['valkey-tls'].command as string[];
    expect(command.slice(0, 5)).to.deep.equal(['valkey-server', '--port', '0', '--tls-port', '6380']);
    expect(services['valkey-tls'].ports).to.deep.equal(['6380:6380']);
    expect(String(services['tls-certs'].command)).to.include('openssl x509 -req');
  });
});
