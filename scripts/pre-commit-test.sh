#!/usr/bin/env bash
# The published pre-commit hook (.pre-commit-hooks.yaml, language: node), as
# another repository uses it: Debian's pre-commit installs it from a local
# clone of this repository (at HEAD) and runs it on a plan with gaps.
# Installs pre-commit with apt-get when it is missing. Run by .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "pre-commit-test: FAIL: $*" >&2; exit 1; }

if ! command -v pre-commit >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq pre-commit) >/dev/null 2>&1 || fail "cannot install pre-commit (apt-get install pre-commit)"
fi

git clone -q "$root" "$work/plan-parse"
rev="$(git -C "$work/plan-parse" rev-parse HEAD)"

mkdir "$work/project"
cd "$work/project"
git init -q .
git config user.email ci@example.invalid
git config user.name ci
mkdir plans
cp "$root/fixtures/seeds/000_6b83b6aff292ad91.txt" plans/plan.txt
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $work/plan-parse
    rev: $rev
    hooks:
      - id: plan-parse-check
YAML
git add -A
export PRE_COMMIT_HOME="$work/cache"
set +e
pre-commit run --all-files >"$work/out.txt" 2>&1
code=$?
set -e
# the plan has error findings (tasks without an owner): the hook fails, with the findings
[[ $code -eq 1 ]] || { cat "$work/out.txt"; fail "pre-commit exited $code, expected 1"; }
grep -q 'missing-owner' "$work/out.txt" || { cat "$work/out.txt"; fail "no findings in the hook's output"; }
grep -qi 'An unexpected error\|InstallError\|CalledProcessError' "$work/out.txt" && { cat "$work/out.txt"; fail "the hook did not install"; }
echo "pre-commit-test: 1 passed, 0 failed"
