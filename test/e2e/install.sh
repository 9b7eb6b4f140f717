#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the extension's own dependencies:
#   Debian: neovim, emacs + eglot, chromium, ripgrep, libkrb5-dev (code-server's kerberos module builds from source)
#   npm:    code-server 4.100.3 (VS Code 1.100.3; the newest release that runs on Node 20) in $E2E_CACHE/code-server
# Idempotent: skips what is already there. Usage: test/e2e/install.sh  (root; needs apt + the npm registry)
set -euo pipefail
CACHE=${E2E_CACHE:-"$(cd "$(dirname "$0")/../.." && pwd)/.cache/e2e"}
CODE_SERVER_VERSION=4.100.3
RIPGREP_CACHE=vscode-ripgrep-cache-1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

need_apt=()
for tool in nvim:neovim emacs:emacs-nox chromium:chromium rg:ripgrep; do
  command -v "${tool%%:*}" >/dev/null || need_apt+=("${tool#*:}")
done
ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1 || need_apt+=(elpa-eglot)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" python3 make g++ >/dev/null
fi

CS_DIR="$CACHE/code-server"
if [ "$("$CS_DIR/node_modules/.bin/code-server" --config "$CS_DIR/config.yaml" --version 2>/dev/null | head -1 | cut -d' ' -f1)" != "$CODE_SERVER_VERSION" ]; then
  echo "npm install code-server@$CODE_SERVER_VERSION into $CS_DIR"
  mkdir -p "$CS_DIR/tmp/$RIPGREP_CACHE"
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the archive: seed it with Debian's rg.
  tar czf "$CS_DIR/tmp/$RIPGREP_CACHE/$RIPGREP_ARCHIVE" -C /usr/bin rg
  [ -f "$CS_DIR/package.json" ] || echo '{"name":"code-server-host","private":true}' > "$CS_DIR/package.json"
  # unsafe_perm: code-server's postinstall refuses root without it; yes: node-pty's postinstall runs `npx node-gyp`;
  # nodedir: build native modules against the installed Node headers instead of downloading them.
  (cd "$CS_DIR" && TMPDIR="$CS_DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
fi
"$CS_DIR/node_modules/.bin/code-server" --config "$CS_DIR/config.yaml" --version | head -1
