package dev.contentlint.report;

import java.io.IOException;

/** Turns a run into one output format. Implementations are pure and stateless. */
public interface Reporter {
    String render(ReportInput input);

    /** Writes the output as it is made; formats with very long outputs stream it. */
    default void write(ReportInput input, Appendable out) throws IOException {
        out.append(render(input));
    }
}
