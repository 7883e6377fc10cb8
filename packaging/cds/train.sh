#!/bin/sh
# The training run for the class-data-sharing archive of the app's own classes (packaging/README.md,
# "Class-data sharing"). Starts the app once, to its first frame with demo results, and writes the list of
# every class it loaded (JDK, JavaFX, libraries, app) to OUT.
#
#   sh packaging/cds/train.sh JAVA CLASSPATH WORKDIR OUT FALLBACK
#
# JAVA       the java to train with (the jlinked runtime's: target/runtime/bin/java)
# CLASSPATH  the app's class path (the shaded jar, or the build's runtime class path)
# WORKDIR    a scratch folder (deleted and re-made: the app's data folder for the run, the log)
# OUT        the class list to write
# FALLBACK   the committed list (packaging/cds/app-classes.lst), copied to OUT when the run cannot be made
#
# Needs a display: $DISPLAY if set, else xvfb-run if installed. Without one, or when the run fails, OUT is
# the committed list (a warning says so). Always exits 0 unless OUT cannot be written at all.
# Refresh the committed list after big changes (needs a display or xvfb-run, and the package build's runtime):
#   mvn -B -Ppackage package -DskipTests
#   cp target/jpackage-input/talent-finder-classes.lst packaging/cds/app-classes.lst
set -u
JAVA=$1
CP=$2
WORK=$3
OUT=$4
FALLBACK=$5

mkdir -p "$WORK"
LOG="$WORK/train.log"

TIMEOUT=""
command -v timeout >/dev/null 2>&1 && TIMEOUT="timeout 300"

# One run: LIST PRISM [WRAPPER...], the wrapper being none or xvfb-run and its options. -Xshare:off: every
# class is loaded from its source, so each one is listed.
train() {
    list=$1
    prism=$2
    shift 2
    rm -f "$list"
    # shellcheck disable=SC2086
    TALENT_FINDER_HOME="$WORK/home" "$@" $TIMEOUT "$JAVA" -Xshare:off -XX:DumpLoadedClassList="$list" \
        -Dprism.order="$prism" -Dfile.encoding=UTF-8 -XX:+UseSerialGC \
        -cp "$CP" com.talentfinder.Launcher --startup-marker=react --exit-after-marker >>"$LOG" 2>&1 \
        && grep -q '^com/talentfinder/ui/' "$list"
}

# Two runs: the hardware pipeline (es2, what a desktop uses; under Xvfb it may fall back to software) and the
# software one (machines without OpenGL, and the benchmark), so the list holds the classes of both.
both() {
    rm -rf "$WORK/home" && mkdir -p "$WORK/home" && train "$WORK/train-es2.lst" es2,sw "$@" \
        && rm -rf "$WORK/home" && mkdir -p "$WORK/home" && train "$WORK/train-sw.lst" sw "$@"
}

: >"$LOG"
ok=no
if [ -n "${DISPLAY:-}" ]; then
    both && ok=yes
fi
if [ "$ok" = no ] && command -v xvfb-run >/dev/null 2>&1; then
    both xvfb-run -a -s "-screen 0 1280x800x24" && ok=yes
fi
if [ "$ok" = yes ]; then
    # The union, in first-loaded order. The " id: N" a line may end with only matters for classes of custom
    # class loaders (lines with "source:"), which the app has none of: dropped so the two lists' ids cannot
    # clash.
    sed 's/ id: [0-9]*$//' "$WORK/train-es2.lst" "$WORK/train-sw.lst" | awk '!seen[$0]++' >"$WORK/train.lst" \
        || ok=no
fi

if [ "$ok" = yes ]; then
    mv -f "$WORK/train.lst" "$OUT"
    echo "CDS training run: $(wc -l <"$OUT") classes listed in $OUT"
else
    echo "WARNING: CDS training run not made (no display, or it failed: see $LOG); using $FALLBACK" >&2
    cp -f "$FALLBACK" "$OUT"
fi
