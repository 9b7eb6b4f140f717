#!/usr/bin/env bash
# End-to-end tests in real editors: installs what they need (Debian packages, code-server in
# $E2E_CACHE, default .cache/e2e), packages the extension, then runs the extension-host suite,
# the VS Code UI test, the Neovim/Emacs tests and the web build in a Web Worker and the HTML report in Chromium, printing how long each part took.
# Exits non-zero if any part fails (all parts still run).
set -uo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS
failed=()
timings=()
part() {
  local name=$1; shift
  local t0=$SECONDS
  echo; echo "=== e2e: $name"
  if "$@"; then timings+=("$(printf '%-34s %4d s  ok' "$name" $(( SECONDS - t0 )))")
  else failed+=("$name"); timings+=("$(printf '%-34s %4d s  FAILED' "$name" $(( SECONDS - t0 )))"); fi
}
mocha_e2e() { npx mocha --no-config --enable-source-maps --reporter spec "$@"; }

part "install (apt, code-server)" test/e2e/install.sh
part "build + package .vsix" sh -c 'npm run build && node test/e2e/build.mjs && npm run package && npx vsce ls --no-dependencies'
part "VS Code extension host" node out/e2e/vscode/run.js
part "VS Code UI (code-server)" mocha_e2e out/e2e/ui/ui.test.js
part "Neovim + Emacs (stdio LSP)" mocha_e2e out/e2e/editors/editors.test.js
part "Web worker (Chromium)" mocha_e2e out/e2e/browser/browser.test.js
part "HTML report (Chromium)" mocha_e2e out/e2e/report/report.test.js

echo; echo "=== e2e timings"
printf '  %s\n' "${timings[@]}"
echo "  total $(( SECONDS - started )) s"
if [ ${#failed[@]} -gt 0 ]; then echo "e2e FAILED: ${failed[*]}"; exit 1; fi
echo "e2e passed"
