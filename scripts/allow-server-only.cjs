// Scripts (seed, benchmark) use the data layer outside Next.js. `server-only` exists to stop client bundles from
// importing lib/server; a Node script is server code, so it gets the package's no-op in advance.
const resolved = require.resolve('server-only');
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} };
