package dev.contentlint.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A reporter that writes its output as it goes; {@link #render} collects what it writes. */
abstract class StreamingReporter implements Reporter {
    @Override
    public final String render(ReportInput input) {
        StringWriter out = new StringWriter();
        try {
            write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public abstract void write(ReportInput input, java.io.Writer out) throws IOException;
}
