#!/bin/sh
# Installs the Node tools of .ci/package-lock.json (axe-core, playwright-core, markdownlint-cli2)
# into .ci/node_modules with the machine's npm; nothing else is downloaded: no browser, no binary.
# Maven runs it before the tests (exec-maven-plugin, generate-test-resources). Without npm, or
# when npm cannot reach its registry, the tests that need these tools are skipped on a developer
# machine; with CI=true this script fails instead.
cd "$(dirname "$0")" || exit 1
fail() {
  echo "seloste: $1; the axe-core and markdownlint checks cannot run" >&2
  if [ "$CI" = "true" ]; then exit 1; fi
  exit 0
}
command -v npm >/dev/null 2>&1 || fail "npm is not on the PATH"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error || fail "npm ci failed"
