package com.talentfinder.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.credits.CreditStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credits [--format text|json]}: this month's calls against the plan's credits. The plan comes from
 * {@code TALENT_FINDER_PLAN} when set, else from Settings. With a team key (issue 16) the count is the team's,
 * followed by who spent what.
 */
@Command(name = "credits", mixinStandardHelpOptions = true,
        description = "Show how many credits (calls) this month has used, against your plan's monthly credits.")
public final class CreditsCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { text, json }

    private final AppServices services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    private Format format;

    public CreditsCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        CreditStatus s = services.creditMeter().status();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("month", s.month());
            o.put("used", s.used());
            o.put("limit", s.limit());
            if (s.scope() != CreditStatus.Scope.PERSONAL) {
                o.put("scope", s.scope().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (s.scope() == CreditStatus.Scope.TEAM) {
                var members = o.putArray("members");
                s.members().forEach(m -> members.addObject().put("member", m.member()).put("calls", m.calls())
                        .put("you", m.you()));
            }
            out.println(o);
        } else {
            out.println(s.text() + " (" + s.month() + ", " + services.plan().label() + " plan): "
                    + s.remaining() + " left." + (s.warning() ? " Warning: 80 % or more of this month's credits are used."
                    : ""));
            if (s.scope() == CreditStatus.Scope.TEAM && !s.members().isEmpty()) {
                out.println("Who spent what: " + s.breakdown());
            } else if (s.scope() == CreditStatus.Scope.TEAM_UNAVAILABLE) {
                out.println("Team credits unavailable: the team database did not answer, so these are your calls"
                        + " only. They are sent to the team when it answers again.");
            }
        }
        out.flush();
        return 0;
    }
}
