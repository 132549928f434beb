package dev.contentlint.report;

/** Turns a run into one output format. Implementations are pure and stateless. */
public interface Reporter {
    String render(ReportInput input);
}
