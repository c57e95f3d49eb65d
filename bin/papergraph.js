#!/usr/bin/env node
// The CLI is compiled by `npm install` (the "prepare" script) into dist/.
import { main } from '../dist/cli/main.js';

await main(process.argv);
