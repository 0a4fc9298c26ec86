#!/usr/bin/env bash
# Sets up, builds with warnings as errors and runs the whole test suite, offscreen, plus the
# formatting and translation checks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh -DODF_WARNINGS_AS_ERRORS=ON -DODF_BUILD_TESTS=ON
scripts/check-format.sh
scripts/check-translations.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 300 -j "$(nproc)"
