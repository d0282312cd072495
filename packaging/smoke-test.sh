#!/usr/bin/env bash
# Smoke test of the Linux installer, as a user would meet it: build the .deb, unpack it the way dpkg
# would install it, make the start-up archive as its postinst does, then run both installed launchers.
# .ci/run calls it after `mvn -B verify`. A missing tool skips the step that needs it, with the reason
# printed; a step that runs and fails fails the script.
#
# Usage: packaging/smoke-test.sh [--no-build]   (--no-build: test the .deb already in target/installer)
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
pass() { passed=$((passed + 1)); echo "smoke: ok   - $*"; }
fail() { echo "smoke: FAIL - $*" >&2; exit 1; }
skip() { echo "smoke: skip - $*"; }
has() { command -v "$1" >/dev/null 2>&1; }

for tool in jpackage fakeroot dpkg-deb; do
    if ! has "$tool"; then
        skip "installer smoke test: '$tool' is not installed (it comes with the JDK / Debian's $tool package)"
        exit 0
    fi
done

if [ "${1:-}" != "--no-build" ]; then
    started=$SECONDS
    mvn -B -q -Pinstaller -DskipTests package
    echo "smoke: installer built in $((SECONDS - started)) s"
fi
deb=$(ls target/installer/packages/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in target/installer/packages"
echo "smoke: $(basename "$deb"): $(du -m "$deb" | cut -f1) MB"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
app=$root/opt/omics-batch-launcher
[ -x "$app/bin/omics-batch" ] && [ -x "$app/bin/omics-batch-launcher" ] || fail "launchers missing in $deb"
echo "smoke: installed size $(du -sm "$app" | cut -f1) MB"

# What the package declares.
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "the .deb does not depend on libgtk-3-0"
desktop=$app/lib/omics-batch-launcher-omics-batch-launcher.desktop
grep -q '^Categories=Science;Biology;' "$desktop" && grep -q '^MimeType=application/x-omicsbatch+json' "$desktop" \
    && grep -q '^Exec=.* %f$' "$desktop" || fail "desktop entry lacks category, draft MIME type or %f: $desktop"
grep -q 'glob pattern="\*.omicsbatch"' "$app"/lib/*MimeInfo.xml || fail "no .omicsbatch file association"
pass "package metadata: GTK dependency, Science;Biology menu entry, .omicsbatch association"

# One JavaFX jar per module (the platform ones): the placeholders without classifier stay out.
for m in base graphics controls; do
    n=$(ls "$app"/lib/app/javafx-"$m"-*.jar | wc -l)
    [ "$n" = 1 ] || fail "$n javafx-$m jars in the image"
done
grep -q 'jdk.compiler\|java.scripting' "$app/lib/runtime/release" && fail "runtime has modules the app does not use"
pass "lean image: one jar per JavaFX module, runtime modules $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$app/lib/runtime/release" | wc -w)"

# As the postinst does, at the final location.
sh "$app/lib/appcds-archive.sh" "$app"
[ -s "$app/lib/app/omics-batch.jsa" ] || fail "no start-up archive made"
pass "start-up archive made from the shipped class list"

version=$("$app/bin/omics-batch" --version)
[[ "$version" =~ ^omics-batch\ [0-9] ]] || fail "omics-batch --version printed '$version'"
pass "omics-batch --version: $version"

"$app/bin/omics-batch" render packaging/smoke/fastqc-two-samples.omicsbatch \
    --workflow packaging/smoke/fastqc-parameter-template.json --out "$root/rendered" \
    || fail "omics-batch render exited $?"
grep -q '"runSettingId" *: *"SAMPLE2_PE"' "$root/rendered/start-run-batch.json" || fail "rendered request lacks the draft's runs"
pass "omics-batch render of a sample draft"

# The GUI: a real window on a virtual display (the packaged runtime has no headless toolkit).
if ! has xvfb-run; then
    skip "GUI self-test: xvfb-run is not installed (Debian package xvfb)"
elif ! ldconfig -p | grep -q 'libgtk-3\.so\.0'; then
    skip "GUI self-test: GTK 3 is not installed (Debian package libgtk-3-0)"
else
    out=$(timeout 180 xvfb-run -a "$app/bin/omics-batch-launcher" --self-test 2>&1) \
        || fail "GUI self-test exited $?: $out"
    line=$(grep '^self-test: main window shown' <<<"$out") || fail "GUI self-test printed no timing: $out"
    pass "GUI launcher --self-test: ${line#self-test: }"
fi

echo "installer smoke test done"
echo "smoke: $passed passed, 0 failed"
