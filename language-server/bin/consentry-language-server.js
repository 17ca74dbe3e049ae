#!/usr/bin/env node
// The Consentry language server: `--stdio` or `--node-ipc` selects the transport (see src/main.ts).
import '../dist/main.js';
