package dev.contentlint.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The git work tree that holds a folder, and the git commands run in that folder. Paths are
 * kept under the same prefix as the folder they were asked for (links are not resolved), so
 * that they compare equal to the paths the rest of the run uses.
 */
public final class Git {
    private final Path directory;
    private final Path topLevel;

    private Git(Path directory, Path topLevel) {
        this.directory = directory;
        this.topLevel = topLevel;
    }

    /** The work tree that contains {@code folder}; empty when there is none or git is not installed. */
    public static Optional<Git> at(Path folder) {
        Path directory = folder.toAbsolutePath().normalize();
        Result up;
        try {
            up = new Git(directory, directory).run("rev-parse", "--show-cdup");
        } catch (GitException e) {
            return Optional.empty(); // git is not installed
        }
        if (up.exitCode() != 0) {
            return Optional.empty();
        }
        String cdup = up.text().strip();
        return Optional.of(new Git(directory, cdup.isEmpty() ? directory : directory.resolve(cdup).normalize()));
    }

    /** The top folder of the work tree. */
    public Path topLevel() {
        return topLevel;
    }

    /** The folder that commands run in; relative paths in their output start here. */
    public Path directory() {
        return directory;
    }

    /** A command's exit code, its output, and what it wrote on stderr. */
    record Result(int exitCode, byte[] output, String error) {
        String text() {
            return new String(output, StandardCharsets.UTF_8);
        }

        /** The output's fields, as commands run with {@code -z} separate them with NUL bytes. */
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < output.length; i++) {
                if (output[i] == 0) {
                    fields.add(new String(output, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return fields;
        }
    }

    /** Runs {@code git ARGS} in the folder and waits for it; throws only when git cannot be started. */
    Result run(String... args) {
        return begin(args).result();
    }

    /** A started command, so that several can run at once. */
    final class Running {
        private final String name;
        private final Process process;
        private final FutureTask<String> error;

        private Running(String name, Process process) {
            this.name = name;
            this.process = process;
            // stderr is drained on its own thread: a command that writes many warnings must not block.
            this.error = new FutureTask<>(() -> new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            Thread drain = new Thread(error, "git-stderr");
            drain.setDaemon(true);
            drain.start();
        }

        /** Waits for the command and returns what it printed. */
        Result result() {
            try (InputStream in = process.getInputStream()) {
                process.getOutputStream().close();
                byte[] output = in.readAllBytes();
                return new Result(process.waitFor(), output, error.get().strip());
            } catch (IOException | ExecutionException e) {
                throw new GitException("reading the output of git " + name + " failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GitException("interrupted while git " + name + " ran");
            }
        }

        /** The same, where a non-zero exit becomes a {@link GitException} with git's own message. */
        Result resultOrFail() {
            Result result = result();
            if (result.exitCode() != 0) {
                throw new GitException("git " + name + " failed: "
                        + (result.error().isEmpty() ? "exit code " + result.exitCode() : result.error()));
            }
            return result;
        }
    }

    /** Starts {@code git ARGS} in the folder without waiting for it. */
    Running begin(String... args) {
        return new Running(args[0], start(args));
    }

    /** Runs {@code git ARGS}; a non-zero exit becomes a {@link GitException} with git's own message. */
    Result runOrFail(String... args) {
        return begin(args).resultOrFail();
    }

    /** Starts {@code git ARGS} in the folder, for a caller that talks to it. */
    Process start(String... args) {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        // Reading must never write: a pre-commit hook runs while git commit holds the index lock.
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new GitException("cannot run git: " + e.getMessage());
        }
    }
}
