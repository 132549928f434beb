package dev.contentlint.config;

/** A configuration error, located in its file: printed as {@code file:line:col: message}, exit code 2. */
public final class ConfigException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public ConfigException(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The one-line form shown to users. */
    public String describe() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + getMessage() : file + ": " + getMessage();
    }
}
