#!/usr/bin/env bash
# Checks the installer's runtime modules (pom.xml, property installer.modules) against what jdeps
# finds the jars use. Fails when a jar needs a JDK module the runtime would lack; lists modules that
# only the hand-added run-time needs explain (docs/installers.md).
# Usage: packaging/check-modules.sh [JAR_DIR]   (default target/installer/input, made by -Pinstaller)
set -euo pipefail
cd "$(dirname "$0")/.."
jars=${1:-target/installer/input}
[ -d "$jars" ] || { echo "no $jars: run mvn -Pinstaller package first" >&2; exit 2; }

listed=$(sed -n 's:.*<installer.modules>\(.*\)</installer.modules>.*:\1:p' pom.xml | tr ',' '\n' | sort -u)
# One jar at a time: modular jars (JavaFX, Jackson …) must be resolved on the module path, and a
# single run over all jars reports less than the union.
found=$(ls "$jars"/*.jar | xargs -P 2 -I{} jdeps --multi-release 17 --print-module-deps --ignore-missing-deps \
            --module-path "$jars" --class-path "$jars/*" {} 2>/dev/null \
        | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u)

missing=$(comm -13 <(echo "$listed") <(echo "$found"))
extra=$(comm -23 <(echo "$listed") <(echo "$found"))
echo "jdeps finds: $(echo $found | tr ' ' ',')"
echo "listed but not seen by jdeps (run-time needs, see pom.xml): $(echo $extra | tr ' ' ',')"
if [ -n "$missing" ]; then
    echo "MISSING from installer.modules: $(echo $missing | tr ' ' ',')" >&2
    exit 1
fi
echo "installer.modules covers every module the jars use"
