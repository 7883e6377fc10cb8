#!/bin/sh
# Makes the class-data-sharing archive of the app's own classes, in place, for an app image that has been put
# where it will run from (packaging/README.md, "Class-data sharing"). On Java 17 an archive holding the jar's
# classes is bound to the jar's absolute path, so it can only be made there: by the package build for the app
# image in target/dist, and by the .deb's postinst in /opt/talent-finder. Shipped in the image as
# lib/app/talent-finder-cds.sh.
#
#   sh talent-finder-cds.sh IMAGE [LOG]
#
# IMAGE is the app image's root folder (holding bin/ and lib/). Dumps lib/app/talent-finder.jsa.tmp from
# lib/app/talent-finder-classes.lst with the image's own runtime and the jar at its final path, checks that the
# JVM accepts it with that class path and that it holds the app's classes for the application class loader,
# and only then moves it over lib/app/talent-finder.jsa (the JDK-only archive the image ships with, which
# otherwise stays). Never fails: it exits 0 and says why when it made no archive. LOG (default: none) receives
# the JVM's output.
#
# The jar's path must not hold a space: JDK 17 then records the jar's classes for an "unregistered" loader
# (the class's source URL says %20), which the app never uses; the check above refuses such an archive.
set -u
ROOT=$(cd "$1" 2>/dev/null && pwd -P) || { echo "Talent Finder CDS: no folder $1" >&2; exit 0; }
LOG=${2:-/dev/null}
APP="$ROOT/lib/app"
JAVA="$ROOT/lib/runtime/bin/java"
JAR="$APP/talent-finder.jar"
LIST="$APP/talent-finder-classes.lst"
JSA="$APP/talent-finder.jsa"
TMP="$JSA.tmp"

if [ ! -x "$JAVA" ] || [ ! -f "$JAR" ] || [ ! -f "$LIST" ]; then
    echo "Talent Finder CDS: $JAVA, $JAR or $LIST missing; the JDK-only archive stays" >&2
    exit 0
fi
TIMEOUT=""
command -v timeout >/dev/null 2>&1 && TIMEOUT="timeout 300"

rm -f "$TMP"
# shellcheck disable=SC2086
if $TIMEOUT "$JAVA" -Xshare:dump -XX:SharedClassListFile="$LIST" -XX:SharedArchiveFile="$TMP" -cp "$JAR" \
        >>"$LOG" 2>&1 \
    && $TIMEOUT "$JAVA" -XX:SharedArchiveFile="$TMP" -cp "$JAR" -XX:+PrintSharedArchiveAndExit 2>&1 \
        | grep -q '^ *[0-9]*: com\.talentfinder\.Launcher app_loader$' \
    && chmod 644 "$TMP" && mv -f "$TMP" "$JSA"; then
    echo "Talent Finder CDS: made $JSA"
else
    rm -f "$TMP"
    echo "Talent Finder CDS: no archive of the app's classes made; the JDK-only archive stays" >&2
fi
exit 0
