#!/usr/bin/env bash
# Sets up, builds and starts the application on its built-in demo company and invoices.
# Arguments are passed to the application (e.g. --lang nl, or invoice files to import).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/app/odf --demo "$@"
fi
exec build/app/odf --demo "$@"
