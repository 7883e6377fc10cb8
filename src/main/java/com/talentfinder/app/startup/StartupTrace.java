package com.talentfinder.app.startup;

import java.lang.management.ManagementFactory;

/**
 * Start-up phases on stderr, for measuring only: with {@code -Dtalentfinder.startupTrace=true} each
 * {@link #mark} prints {@code STARTUP_TRACE <ms since JVM start> <thread> <phase>}; without it, nothing (one
 * boolean test). See {@code docs/benchmarks.md}.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("talentfinder.startupTrace");
    private static final long JVM_START = ON ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private StartupTrace() {
    }

    /** True when tracing was asked for. */
    public static boolean enabled() {
        return ON;
    }

    /** Prints the phase {@code what} with the time since the JVM started, when tracing is on. */
    public static void mark(String what) {
        if (ON) {
            System.err.println("STARTUP_TRACE " + (System.currentTimeMillis() - JVM_START) + " "
                    + Thread.currentThread().getName() + " " + what);
        }
    }
}
