package com.talentfinder.cli;

/** The command line: {@code search}, {@code demo-server} and more. */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args) {
        System.err.println("Not implemented yet.");
        return 2;
    }
}
