#!/usr/bin/env node
// `consentry check [paths…]`: see language-server/src/cli/main.ts.
import { runCli } from '../dist/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
