#!/usr/bin/env node
// The CLI entry for `npx release-lens`: the bundled CLI in dist/ (npm run build makes it).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('release-lens: dist/cli.js is missing; run "npm run build" first.\n');
  process.exit(2);
}
require(cli).main();
