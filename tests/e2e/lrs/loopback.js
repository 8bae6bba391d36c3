// SPDX-License-Identifier: GPL-3.0-or-later
// Preloaded into the test LRS (node -r ./loopback.js): a server told only a port listens on
// 127.0.0.1, never on every interface of the test machine.
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
