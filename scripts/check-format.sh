#!/usr/bin/env bash
# Fails when a C++ source is not formatted as .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app widgets models tests benchmarks -name '*.cpp' -o -name '*.h')
if [ ${#files[@]} -eq 0 ]; then
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "check-format: run 'cmake --build build --target format' and commit the result." >&2
    exit 1
fi
echo "check-format: ${#files[@]} files are formatted."
