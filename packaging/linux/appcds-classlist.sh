#!/bin/sh
# Records which classes the packaged app loads while opening its main window (and the command line
# while printing its help), into lib/app/omics-batch.classlist of the app image. The class list holds
# class names only, so unlike an archive it stays valid wherever the package installs the app;
# appcds-archive.sh, copied into the image's lib/ here, turns it into the archive on the user's machine.
# Usage: appcds-classlist.sh APP_IMAGE_DIR
set -eu
image=$1
cp "$(dirname "$0")/appcds-archive.sh" "$image/lib/appcds-archive.sh"
app=$image/lib/app
java=$image/lib/runtime/bin/java
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/omics-batch-launcher.cfg" | paste -sd: -)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

record() { # record LIST MAIN-CLASS ARGS...
    list=$1; shift
    "$java" -XX:DumpLoadedClassList="$list" -cp "$cp" "$@"
}

# The GUI needs a display: the one we have, else a virtual one.
# A failed GUI run costs only start-up speed, never the installer.
if [ -n "${DISPLAY:-}" ]; then
    record "$work/gui" org.omicsbatch.ui.GuiMain --self-test || echo "appcds: the GUI run failed; class list partial"
elif command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a "$java" -XX:DumpLoadedClassList="$work/gui" -cp "$cp" org.omicsbatch.ui.GuiMain --self-test \
        || echo "appcds: the GUI run failed; class list partial"
else
    echo "appcds: no display and no xvfb-run: the class list covers the command line only"
fi
record "$work/cli" org.omicsbatch.cli.CliMain --help >/dev/null
# Concatenate, dropping repeats but keeping first-seen order.
cat "$work"/gui "$work/cli" 2>/dev/null | awk '!seen[$0]++' > "$app/omics-batch.classlist"
echo "appcds: $(grep -vc '^#' "$app/omics-batch.classlist") classes recorded in $app/omics-batch.classlist"
