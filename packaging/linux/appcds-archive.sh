#!/bin/sh
# Makes the AppCDS archive lib/app/omics-batch.jsa of an installed Omics Batch Launcher, from the class
# list recorded when the installer was built (appcds-classlist.sh). Run by the .deb's postinst.
# Usage: appcds-archive.sh APP_DIR    (the folder holding bin/ and lib/)
set -eu
app_dir=$1
app=$app_dir/lib/app
java=$app_dir/lib/runtime/bin/java
[ -f "$app/omics-batch.classlist" ] || { echo "appcds: no class list, start-up archive skipped"; exit 0; }
# The archive must be made with exactly the launcher's class path, in the launcher's order.
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/omics-batch-launcher.cfg" | paste -sd: -)
rm -f "$app/omics-batch.jsa"
if "$java" -Xshare:dump -XX:SharedClassListFile="$app/omics-batch.classlist" \
        -XX:SharedArchiveFile="$app/omics-batch.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" >/dev/null 2>&1; then
    echo "appcds: start-up archive written ($(du -k "$app/omics-batch.jsa" | cut -f1) KB)"
else
    rm -f "$app/omics-batch.jsa"
    echo "appcds: archive could not be made; the app starts without it"
fi
