#!/usr/bin/env bash
# Set up policygen for development and its test suite on a Debian or Ubuntu machine; safe to
# run again. Needs nothing but the system python3 (3.11 or newer) and, for what is missing,
# apt-get (run as root, or through sudo).
#   Debian packages: chromium (browser tests; never downloaded by the tests themselves), a
#   Java runtime (the Nu HTML checker), poppler-utils (reading PDFs back in tests), HarfBuzz's
#   subsetter and Pango (PDF engines), and python3.X-venv where the venv module is missing.
#   Python packages: policygen, editable, with its test extras, in the project environment
#   .venv/ (git-ignored). Where a virtual environment or a conda environment is already active,
#   .venv becomes a link to it instead: nothing is ever installed into the system Python, and
#   no second environment is made inside an active one. Either way, .venv/bin/python and
#   .venv/bin/policygen are the commands to use, with nothing activated.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  printf 'scripts/setup.sh: %s\n' "$@" >&2
  exit 1
}

# --- Debian packages -------------------------------------------------------------------------

# The shared libraries the dynamic linker knows (ldconfig lives in /sbin, often off a user's PATH).
libs="$( (command -v ldconfig >/dev/null 2>&1 && ldconfig -p || /sbin/ldconfig -p) 2>/dev/null \
  || true)"
have_lib() { [[ "$libs" == *"$1 "* ]]; }

missing=()  # Debian package names
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
  || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
have_lib libharfbuzz-subset.so.0 || missing+=(libharfbuzz-subset0)
have_lib libpango-1.0.so.0 || missing+=(libpango-1.0-0)
have_lib libpangoft2-1.0.so.0 || missing+=(libpangoft2-1.0-0)

# A Python 3.11 or newer: python3 first (the only one on a stock Debian or Ubuntu), then python.
python=""
for candidate in python3 python; do
  if command -v "$candidate" >/dev/null 2>&1 \
    && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  fail "policygen needs Python 3.11 or newer, and neither python3 nor python is one." \
    "Fix (Debian 12 and Ubuntu 24.04 ship it as python3): sudo apt-get install python3"
fi
py_version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"

# Which environment: an active virtual environment, an active conda environment other than
# conda's own base, or else the project's own .venv made here.
active_env=""
if [ -n "${VIRTUAL_ENV:-}" ]; then
  active_env="$VIRTUAL_ENV"
elif [ -n "${CONDA_PREFIX:-}" ] && [ "${CONDA_DEFAULT_ENV:-base}" != "base" ]; then
  active_env="$CONDA_PREFIX"
fi
if [ -n "$active_env" ] && [ ! -x "$active_env/bin/python" ]; then
  fail "the active environment $active_env has no bin/python (was it deleted?)." \
    "Fix: deactivate it (run: deactivate), then run this script again."
fi
# A .venv that is a link to an environment that is no longer there is dropped.
if [ -L .venv ] && [ ! -x .venv/bin/python ]; then
  rm .venv
fi

need_venv=""
if [ -z "$active_env" ] && [ ! -e .venv ] \
  && ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  # Debian and Ubuntu ship the venv module's ensurepip in a package of its own.
  need_venv="python$py_version-venv"
  missing+=("$need_venv")
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    fail "missing: ${missing[*]} (Debian package names)." \
      "apt-get is not available, so this is not a Debian-based machine: install the same with" \
      "your system's package manager (Chromium, a Java runtime, poppler's pdftotext, HarfBuzz's" \
      "libharfbuzz-subset, Pango, and Python's venv module), then run this script again."
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 \
      || fail "missing: ${missing[*]}, and sudo is not available to install them." \
        "Fix, as root: apt-get install ${missing[*]}"
    sudo="sudo"
  fi
  echo "installing Debian packages: ${missing[*]}"
  # fonts-noto-cjk- keeps the machine free of Korean system fonts, as many readers' devices are.
  { $sudo apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" \
      fonts-noto-cjk- >/dev/null; } \
    || fail "could not install the Debian packages ${missing[*]} (apt-get's message is above)." \
      "Fix: sudo apt-get update && sudo apt-get install ${missing[*]}"
fi

# --- The Python environment: .venv ------------------------------------------------------------

if [ -n "$active_env" ]; then
  here="$(pwd -P)"
  target="$(cd "$active_env" && pwd -P)"
  if [ "$target" = "$here/.venv" ]; then
    :  # the active environment is this project's .venv itself
  elif [ -L .venv ] || [ ! -e .venv ]; then
    [ "$(readlink .venv 2>/dev/null || true)" = "$active_env" ] || {
      rm -f .venv
      ln -s "$active_env" .venv
      echo "using the active environment $active_env (.venv links to it)"
    }
  else
    echo "note: .venv already exists here, so it is used, not the active environment $active_env"
  fi
else
  # A .venv left half-made (for example by a run stopped before pip was in it) is made again.
  if [ -d .venv ] && [ ! -L .venv ] && ! .venv/bin/python -c 'import pip' >/dev/null 2>&1; then
    echo "making .venv again: the one here has no working python with pip"
    rm -rf .venv
  fi
  if [ ! -e .venv ]; then
    echo "creating the project environment .venv with $(command -v "$python") (Python $py_version)"
    "$python" -m venv .venv \
      || fail "could not create .venv with $python -m venv." \
        "Fix (Debian, Ubuntu): sudo apt-get install python$py_version-venv"
  fi
fi

.venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || fail ".venv/bin/python is older than Python 3.11, which policygen needs." \
    "Fix: rm -r .venv (or activate an environment with Python 3.11 or newer), then run this again."

.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
echo "set up: .venv/bin/policygen and .venv/bin/python -m pytest are ready"
