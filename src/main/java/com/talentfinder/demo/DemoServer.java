package com.talentfinder.demo;

import java.net.URI;

/** STUB: the real demo server replaces this file. Serves the demo dataset on 127.0.0.1. */
public final class DemoServer implements AutoCloseable {

    private DemoServer() {
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port). */
    public static DemoServer start(int port) {
        return new DemoServer();
    }

    /** {@code http://127.0.0.1:PORT/scraper/demo} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:0/scraper/demo");
    }

    public int port() {
        return 0;
    }

    @Override
    public void close() {
    }
}
