#!/usr/bin/env bash
# Saves pictures of the main window in every language and panel state into screenshots/
# (or the folder given), offscreen, for people to look at layouts and translations.
#   scripts/screenshots.sh [DIR] [LANGUAGE...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
scripts/build.sh -DODF_BUILD_TESTS=ON >/dev/null
QT_QPA_PLATFORM=offscreen build/tests/app/odf_screenshots "${@:-screenshots}"
