package dev.contentlint.cli;

import dev.contentlint.engine.UsageException;

/** A run's category, as code scanning shows it: letters, digits, '.', '_' and '-', so that it reads the same in an id. */
final class Categories {
    private Categories() {}

    static String check(String category) {
        if (category != null && !category.matches("[A-Za-z0-9._-]+")) {
            throw new UsageException("--category may hold only letters, digits, '.', '_' and '-', not '" + category + "'");
        }
        return category;
    }
}
