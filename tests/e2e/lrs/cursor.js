// SPDX-License-Identifier: GPL-3.0-or-later
// Preloaded into the test LRS (node -r ./cursor.js): pages by `more` links in the order the
// statements are sorted. Its in-memory store sorts by `stored` but keeps a page's place by
// comparing version-1 UUIDs as text, which do not sort by time (their first part wraps every
// 7 minutes), so a `more` link could skip a page of statements (an e2e_sync_lrs failure).
const path = require('path');

const modules = process.env.LRS_NODE_MODULES || path.join(__dirname, 'node_modules');
const memory = require(path.join(modules,
  'xapi-statements/dist/repo/modelsRepo/getStatements/memory/index.js'));
const original = memory.default;
memory.default = (config) => {
  const get = original(config);
  return async (opts) => {
    if (opts.cursor === undefined) return get(opts);
    const sorted = await get({ ...opts, cursor: undefined, skip: 0, limit: Infinity });
    const after = sorted.findIndex((model) => model._id === opts.cursor) + 1;
    return sorted.slice(after, after + opts.limit);
  };
};
