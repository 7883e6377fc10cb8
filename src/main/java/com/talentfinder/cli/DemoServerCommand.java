package com.talentfinder.cli;

import com.talentfinder.demo.DemoServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo-server [--port N]}: serves the demo data on 127.0.0.1 until stopped. */
@Command(name = "demo-server", mixinStandardHelpOptions = true,
        description = "Serve the offline demo data on 127.0.0.1 (the parse.bot contract; key: demo) until stopped.")
final class DemoServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 8787;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "The port must be between 0 and 65535.");
        }
        DemoServer server;
        try {
            server = DemoServer.start(port);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("Could not start the demo server on port " + port
                    + ": the port may be in use. Try another with --port.");
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "demo-server-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Demo server running at " + server.baseUrl() + "  (API key: demo)");
        out.println("Try: curl -H 'X-API-Key: demo' '" + server.baseUrl()
                + "/search_freelancers?query=java&page=1&per_page=3'");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
