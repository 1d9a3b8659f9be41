#!/usr/bin/env node
// Makes sure the test run has a real Valkey to talk to. The tests start their own valkey-server processes on
// free ports, so all they need is the binary; on Debian 12 as root we install it from bookworm-backports, as CI
// does on a fresh machine. Anywhere else we stop with a message naming the ways in.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const BACKPORTS_LIST = '/etc/apt/sources.list.d/bookworm-backports.list';

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function isDebianBookworm() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^ID=debian$/m.test(release) && /^VERSION_CODENAME=bookworm$/m.test(release);
}

function hasBackportsSource() {
  const run = spawnSync('sh', ['-c', 'grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/'], {
    stdio: 'ignore',
  });
  return run.status === 0;
}

function installFromBackports() {
  console.log('valkey-server is missing: installing valkey-server and valkey-tools from bookworm-backports');
  if (!hasBackportsSource()) {
    writeFileSync(BACKPORTS_LIST, 'deb http://deb.debian.org/debian bookworm-backports main\n');
  }
  const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', '-t', 'bookworm-backports', 'valkey-server', 'valkey-tools'], apt);
}

function dockerEngineAnswers() {
  return onPath('docker') && spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 }).status === 0;
}

if (process.env.VALKEY_URL) {
  console.log(`Using the external Valkey at VALKEY_URL=${process.env.VALKEY_URL}`);
} else if (onPath('valkey-server') && onPath('valkey-cli')) {
  // Nothing to do: the harness starts its own servers.
} else if (isDebianBookworm() && process.getuid?.() === 0) {
  installFromBackports();
} else if (dockerEngineAnswers()) {
  console.log('valkey-server is not installed; the tests will use testcontainers with the Docker engine.');
} else {
  console.error(
    [
      'The tests need a real Valkey server, and none is available. Any one of these works:',
      '  1. install valkey-server and valkey-cli (Debian 12: apt-get install -t bookworm-backports valkey-server valkey-tools),',
      '  2. run a Docker engine, so that the tests start Valkey with testcontainers,',
      '  3. set VALKEY_URL=redis://host:port to an external server the tests may flush.',
    ].join('\n'),
  );
  process.exit(1);
}
