#!/usr/bin/env bash
# Install what policygen and its test suite need on a Debian machine; safe to run again.
#   Debian packages: chromium (browser tests; never downloaded by the tests themselves), a
#   Java runtime (the Nu HTML checker) and poppler-utils (reading PDFs back in tests).
#   Python packages: policygen with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  # fonts-noto-cjk- keeps the machine free of Korean system fonts, as many readers' devices are.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" fonts-noto-cjk- \
    >/dev/null
fi

python -m pip install --quiet --disable-pip-version-check -e ".[test]"
