#!/usr/bin/env bash
# Fails when a translation file is behind the sources or not finished:
#  - a checked-in .ts file has an entry marked unfinished, vanished or obsolete, or
#  - lupdate, run on a copy with the same sources, would add a text the file lacks or find
#    one that the sources no longer have.
# Needs lupdate only (no build, no display). Fix with:
#   cmake --build build --target update_translations   # then translate in Qt Linguist
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" \
        "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: lupdate not found (Debian package qt6-l10n-tools)." >&2
    exit 1
fi

# The same sources and options as translations/CMakeLists.txt.
mapfile -t sources < <(find app widgets models \( -path app/bank -o -path models/bank \) -prune \
    -o \( -name '*.cpp' -o -name '*.h' \) -print | LC_ALL=C sort)
includes=(-I app -I widgets -I models/domain -I models/io -I models/client -I models/itemmodels)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Prints the source text (first line) of every message whose translation is marked $1.
list_marked() {
    awk -v mark="type=\"$1\"" '
        /<source>/ { text = $0; sub(/.*<source>/, "", text); sub(/<\/source>.*/, "", text) }
        index($0, mark) && /<translation/ { print "    " text }
    ' "$2"
}

count() {
    grep -c "type=\"$1\"" "$2" || true
}

failed=0
for ts in translations/odf_*.ts; do
    name="$(basename "$ts")"
    for mark in unfinished vanished obsolete; do
        if [ "$(count "$mark" "$ts")" -gt 0 ]; then
            echo "check-translations: $ts has $mark entries:" >&2
            list_marked "$mark" "$ts" >&2
            failed=1
        fi
    done

    options=(-silent -locations none -no-ui-lines)
    if [ "$name" = odf_en.ts ]; then
        options+=(-pluralonly)
    fi
    cp "$ts" "$work/$name"
    "$lupdate" "${options[@]}" "${includes[@]}" "${sources[@]}" -ts "$work/$name" >/dev/null
    # Whatever lupdate adds is marked unfinished, whatever it no longer finds vanished.
    added=$(($(count unfinished "$work/$name") - $(count unfinished "$ts")))
    gone=$(($(count vanished "$work/$name") - $(count vanished "$ts")))
    if [ "$added" -gt 0 ]; then
        echo "check-translations: $ts lacks $added text(s) of the sources:" >&2
        diff <(list_marked unfinished "$ts") <(list_marked unfinished "$work/$name") \
            | sed -n 's/^> //p' >&2 || true
        failed=1
    fi
    if [ "$gone" -gt 0 ]; then
        echo "check-translations: $ts has $gone text(s) the sources no longer use:" >&2
        diff <(list_marked vanished "$ts") <(list_marked vanished "$work/$name") \
            | sed -n 's/^> //p' >&2 || true
        failed=1
    fi
done

if [ "$failed" -ne 0 ]; then
    echo "check-translations: run 'cmake --build build --target update_translations'," \
        "translate what is new in Qt Linguist and commit the .ts files." >&2
    exit 1
fi
echo "check-translations: $(ls translations/odf_*.ts | wc -l) translation files are complete" \
    "and up to date."
