#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs: Debian chromium, libkrb5-dev and a CJK font (apt, only when missing),
# Node 24 and code-server 4.139.1 (npm registry) into ~/.cache/consentry-e2e (or $CONSENTRY_E2E_CACHE).
# Idempotent: a version stamp makes a kept machine skip it in well under a second. run.mjs does the same on its
# own; calling this first only separates the install time (about 3 minutes on a new machine) from the test's.
set -euo pipefail
cd "$(dirname "$0")/.."
node test/e2e/install.mjs
