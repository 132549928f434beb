package dev.contentlint.report;

import java.io.IOException;
import java.io.Writer;

/** Turns a run into one output format. Implementations are pure and stateless. */
public interface Reporter {
    String render(ReportInput input);

    /** Writes the output as it is made; formats with very long outputs stream it. */
    default void write(ReportInput input, Writer out) throws IOException {
        out.append(render(input));
    }

    /**
     * What a format with a cap on its results (SARIF, GitHub annotations) left out of this
     * input, as one line for stderr with the way out; empty when it left nothing out.
     */
    default java.util.Optional<String> leftOutMessage(ReportInput input) {
        return java.util.Optional.empty();
    }
}
