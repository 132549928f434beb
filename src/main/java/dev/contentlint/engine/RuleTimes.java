package dev.contentlint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The time each rule took in one check, summed over the worker threads, and the time spent
 * reading and parsing the pages: which rules a large site pays for. Kept only when the
 * environment sets {@code CONTENTLINT_TIMING} (as ESLint's {@code TIMING}); its value is how
 * many rows the table lists: {@code all}, a number above 1, or anything else for the 10 slowest.
 */
public final class RuleTimes {
    public static final String VARIABLE = "CONTENTLINT_TIMING";
    private static final String READING = "(reading and parsing pages)";

    /** The times of a run that did not ask for them: each call does nothing, so a check needs no test of its own. */
    static final RuleTimes OFF = new RuleTimes(List.of(), 0);

    private final List<String> rules;
    /** How many rows the table lists; 0 when no times are kept. */
    private final int shown;
    /** Per rule, then the reading: nanoseconds of {@code prepare} and of the checks. */
    private final AtomicLongArray prepare;
    private final AtomicLongArray check;

    private RuleTimes(List<String> rules, int shown) {
        this.rules = List.copyOf(rules);
        this.shown = shown;
        this.prepare = new AtomicLongArray(rules.size() + 1);
        this.check = new AtomicLongArray(rules.size() + 1);
    }

    /** The times of a check of these rules; {@link #OFF} when the variable is unset or empty. */
    static RuleTimes of(String setting, List<String> rules) {
        if (setting == null || setting.isBlank()) {
            return OFF;
        }
        String value = setting.strip();
        int shown = 10;
        if (value.equalsIgnoreCase("all")) {
            shown = Integer.MAX_VALUE;
        } else if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) > 1) {
            shown = Integer.parseInt(value);
        }
        return new RuleTimes(rules, shown);
    }

    /** Where a timed step starts: {@link System#nanoTime}, or 0 when no times are kept. */
    long start() {
        return shown > 0 ? System.nanoTime() : 0;
    }

    /** The nanoseconds since {@code started} (from {@link #start}); 0 when no times are kept. */
    long since(long started) {
        return shown > 0 ? System.nanoTime() - started : 0;
    }

    void prepared(int rule, long nanos) {
        if (shown > 0) {
            prepare.addAndGet(rule, nanos);
        }
    }

    void checked(int rule, long nanos) {
        if (shown > 0) {
            check.addAndGet(rule, nanos);
        }
    }

    void read(long nanos) {
        if (shown > 0) {
            check.addAndGet(rules.size(), nanos);
        }
    }

    /** The slowest first, with each one's share of the total and a line for the rest; empty when no times are kept. */
    Optional<String> table() {
        return shown > 0 ? Optional.of(rows()) : Optional.empty();
    }

    private String rows() {
        record Row(String name, long prepare, long check) {
            long total() {
                return prepare + check;
            }
        }
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (int i = 0; i <= rules.size(); i++) {
            Row row = new Row(i < rules.size() ? rules.get(i) : READING, prepare.get(i), check.get(i));
            rows.add(row);
            total += row.total();
        }
        rows.sort(Comparator.comparingLong(Row::total).reversed().thenComparing(Row::name));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-32s %10s %10s %7s%n", "rule", "prepare ms", "check ms", "share"));
        int listed = Math.min(shown, rows.size());
        for (Row row : rows.subList(0, listed)) {
            out.append(String.format(Locale.ROOT, "%-32s %10.1f %10.1f %6.1f%%%n", row.name(), row.prepare() / 1e6,
                    row.check() / 1e6, total == 0 ? 0 : 100.0 * row.total() / total));
        }
        if (listed < rows.size()) {
            long rest = rows.subList(listed, rows.size()).stream().mapToLong(Row::total).sum();
            out.append(String.format(Locale.ROOT, "%-32s %21.1f %6.1f%%%n", (rows.size() - listed) + " more",
                    rest / 1e6, total == 0 ? 0 : 100.0 * rest / total));
        }
        out.append(String.format(Locale.ROOT, "%-32s %21.1f%n", "total, all threads", total / 1e6));
        return out.toString();
    }
}
