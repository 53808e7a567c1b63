#!/usr/bin/env bash
# .ci/install-e2e.sh [DIR] — everything the end-to-end suites need, offline except for
# Debian apt and the npm registry:
#   * Debian: chromium (the browser), fonts-noto-cjk (else the Japanese and Chinese text
#     of the samples renders as boxes in the screenshots), ripgrep (VS Code's search), and
#     the headers that code-server's native modules compile against;
#   * code-server (the real VS Code workbench + extension host, served to a browser)
#     into DIR (default: <repo>/.e2e, git-ignored), made runnable without its
#     postinstall (which downloads things this machine cannot reach).
# playwright-core, @vscode/test-electron and @vscode/vsce come from the repo's own
# devDependencies (npm ci), not from here.
#
# Idempotent. A stamp file records a finished install; a re-run then only re-checks
# (apt packages present, entry point there, native modules load) and returns in ~1 s.
# Env: CODE_SERVER_VERSION (default 4.100.3), SKIP_APT=1, E2E_FORCE_INSTALL=1 (ignore the stamp).
#
# Result:   node DIR/node_modules/code-server/out/node/entry.js ...
set -Eeuo pipefail
trap 'echo "install-e2e: FAILED (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CS_VERSION=${CODE_SERVER_VERSION:-4.100.3}
DIR=${1:-$REPO/.e2e}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
CS="$DIR/node_modules/code-server"
VS="$CS/lib/vscode"
STAMP="$DIR/.installed-code-server-$CS_VERSION"
APT_PKGS="chromium fonts-noto-cjk ripgrep build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev"
START=$(date +%s)

log() { printf '[install-e2e] %s\n' "$*"; }
fail() { printf '[install-e2e] ERROR: %s\n' "$*" >&2; exit 1; }
step() { printf '[install-e2e]   $ %s\n' "$*"; "$@"; }

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false \
       npm_config_loglevel=error npm_config_progress=false

# ------------------------------------------------------------------ Debian packages
apt_missing() {
  local p missing=""
  for p in $APT_PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
  done
  printf '%s' "$missing"
}
if [ "${SKIP_APT:-}" != 1 ] && command -v dpkg-query >/dev/null; then
  missing=$(apt_missing)
  if [ -n "$missing" ]; then
    [ "$(id -u)" = 0 ] || fail "missing Debian packages:$missing — run: sudo apt-get install -y$missing"
    log "apt-get install$missing"
    step apt-get update -q >/dev/null
    step env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null
  fi
fi
command -v rg >/dev/null || fail "ripgrep (rg) not found (apt-get install ripgrep)"
[ -x /usr/bin/chromium ] || log "WARNING: /usr/bin/chromium not found; the code-server suite needs it"

NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" = 20 ] || log "WARNING: code-server $CS_VERSION is built for Node 20, this is Node $NODE_MAJOR"

# node-gyp cannot download headers here: build against the local ones.
if [ -z "${npm_config_nodedir:-}" ]; then
  prefix=$(dirname "$(dirname "$(command -v node)")")
  [ -f "$prefix/include/node/node.h" ] && export npm_config_nodedir="$prefix"
fi

# Print the native modules (folders with binding.gyp) directly under $1/node_modules.
native_modules() {
  (cd "$1" && node -e '
    const fs = require("fs"); const out = [];
    for (const d of fs.readdirSync("node_modules")) {
      const names = d.startsWith("@") ? fs.readdirSync("node_modules/" + d).map((x) => d + "/" + x) : [d];
      for (const n of names) if (fs.existsSync("node_modules/" + n + "/binding.gyp")) out.push(n);
    }
    console.log(out.join(" "));')
}
loads() { (cd "$1" && node -e "require('$2')" >/dev/null 2>&1); }

# ------------------------------------------------------------------ fast path
all_native_load() {
  local base p
  for base in "$VS" "$DIR"; do
    for p in $(native_modules "$base"); do loads "$base" "$p" || return 1; done
  done
}
if [ -z "${E2E_FORCE_INSTALL:-}" ] && [ -f "$STAMP" ] && [ -f "$CS/out/node/entry.js" ] &&
   [ -x "$VS/node_modules/@vscode/ripgrep/bin/rg" ] && [ -e "$VS/node_modules.asar" ] && all_native_load; then
  log "code-server $CS_VERSION already installed in $DIR (checked in $(( $(date +%s) - START ))s)"
  exit 0
fi
rm -f "$STAMP"

# ------------------------------------------------------------------ code-server
cd "$DIR"
[ -f package.json ] || printf '{ "private": true, "description": "e2e tools for Release Lens (not committed)" }\n' > package.json
installed=$(node -p "try { require('./node_modules/code-server/package.json').version } catch { '' }")
if [ "$installed" != "$CS_VERSION" ]; then
  log "npm install code-server@$CS_VERSION (no install scripts: they download)"
  step npm install --no-save --ignore-scripts "code-server@$CS_VERSION"
fi
[ -f "$VS/package.json" ] || fail "$VS/package.json missing: the code-server package looks incomplete"

log "VS Code's own runtime dependencies"
(cd "$VS" && step npm install --omit=dev --ignore-scripts)

log "built-in extensions' dependencies"
(cd "$VS/extensions" && step npm install --omit=dev --ignore-scripts)

# Build each native module that has no binary or does not load (node-pty, spdlog, ...
# in lib/vscode; argon2 in code-server's own node_modules).
rebuild_native() {
  local base=$1 p out
  for p in $(native_modules "$base"); do
    if [ -n "$(find "$base/node_modules/$p" -name '*.node' -print -quit)" ] && loads "$base" "$p"; then
      continue
    fi
    out="$DIR/rebuild-${p//\//_}.log"
    log "npm rebuild $p (log: $out)"
    # node-pty's own post-step exits non-zero offline; what counts is that it loads.
    (cd "$base" && npm rebuild "$p" >"$out" 2>&1) || log "  (npm rebuild $p exited non-zero; checking that it loads)"
    loads "$base" "$p" || { tail -n 30 "$out" >&2; fail "native module $p does not load after rebuild"; }
  done
}
log "native modules"
rebuild_native "$VS"
rebuild_native "$DIR"

log "ripgrep: Debian's rg in place of the one the postinstall would download"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
cmp -s "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg" ||
  cp "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"

# The server resolves modules through node_modules.asar (as packed builds do).
ln -sfn node_modules "$VS/node_modules.asar"

# ------------------------------------------------------------------ check
log "check: code-server --version"
tmpcfg=$(mktemp -d)
version=$(node "$CS/out/node/entry.js" --config "$tmpcfg/config.yaml" --version 2>/dev/null | grep -m1 'with Code' || true)
rm -rf "$tmpcfg"
[ -n "$version" ] || fail "code-server does not start (node $CS/out/node/entry.js --version)"
log "  $version"
date -u +%FT%TZ > "$STAMP"
log "done in $(( $(date +%s) - START ))s: node $CS/out/node/entry.js"
