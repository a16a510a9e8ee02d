#!/usr/bin/env bash
# The install the README describes, as a new user does it: `npm pack` (its
# stdout must be the tarball's name alone), then the tarball installed in an
# empty project with `npm ci --omit=dev` and globally, and the CLI run on a
# bundled .docx. Run by .ci/run; takes a minute (it installs the dependencies).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "pack-test: FAIL: $*" >&2; exit 1; }

cd "$root"
version="$(node -p 'require("./package.json").version')"
tarball="$(npm pack --pack-destination "$work" 2>"$work/pack.err")"
[[ "$tarball" == "plan-parse-$version.tgz" ]] || fail "npm pack printed more than the tarball's name on stdout: [$tarball]"
contents="$(tar tzf "$work/$tarball")"
for f in package/LICENSE package/README.md package/bin/plan-parse.js package/dist/cli/main.js package/dist/bundle/plan-parse.js package/dist/bundle/LICENSES.md package/schemas/config.schema.json; do
  grep -qx "$f" <<<"$contents" || fail "$f missing from the tarball"
done
if grep -qE '^package/(src|test|fixtures)/' <<<"$contents"; then fail "sources or tests in the tarball"; fi

# a project that depends on the tarball, installed without dev dependencies
mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null
rm -rf node_modules
npm ci --omit=dev --no-audit --no-fund --prefer-offline >/dev/null
out="$(npx --no-install plan-parse "$root/fixtures/docx/000-autonum.docx")"
grep -q '制作宣传公益广告' <<<"$out" || fail "plan-parse FILE.docx did not print the task table: $out"
[[ "$(npx --no-install plan-parse --version)" == "$version" ]] || fail "plan-parse --version"

# a global install from the tarball (npm install -g), in a private prefix
npm install -g --prefix "$work/global" --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null
set +e
"$work/global/bin/plan-parse" check "$root/fixtures/docx/000-autonum.docx" --format json >"$work/check.json"
code=$?
set -e
[[ $code -eq 1 ]] || fail "plan-parse check exited $code, expected 1 (error findings)"
node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); if(!(r.errorCount>0)) process.exit(1)' "$work/check.json" || fail "check --format json"
echo "pack-test: 1 passed, 0 failed"
