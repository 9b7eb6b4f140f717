// Preloaded with --require into the language server by test/server-robustness.test.ts:
// every way to reach the network is recorded to NO_NETWORK_LOG and then fails.
// The server's own stdio pipes are sockets too, but they are made from file
// descriptors, not connected, so they do not pass through these functions.
const fs = require('node:fs');
const log = process.env.NO_NETWORK_LOG;

function guard(owner, name, label) {
  const original = owner && owner[name];
  if (typeof original !== 'function') return;
  owner[name] = function blocked() {
    fs.appendFileSync(log, `${label}\n`);
    throw new Error(`network use blocked: ${label}`);
  };
}

const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const dgram = require('node:dgram');
guard(net.Socket.prototype, 'connect', 'net.Socket.connect');
guard(net, 'createConnection', 'net.createConnection');
guard(net, 'connect', 'net.connect');
guard(tls, 'connect', 'tls.connect');
guard(dns, 'lookup', 'dns.lookup');
guard(dns, 'resolve', 'dns.resolve');
guard(dns.promises, 'lookup', 'dns.promises.lookup');
guard(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['http', 'https', 'http2']) {
  const module = require(`node:${name}`);
  guard(module, 'request', `${name}.request`);
  guard(module, 'get', `${name}.get`);
  guard(module, 'connect', `${name}.connect`);
}
guard(globalThis, 'fetch', 'fetch');
