package dev.contentlint.git;

import dev.contentlint.index.RepositoryFile;
import dev.contentlint.index.RepositoryListing;
import dev.contentlint.text.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The files git names: the changes that {@code --staged} and {@code --changed-since} check,
 * and every file of the repository for the page index. Deleted files are left out, and a
 * renamed or copied file is named by its new path only. Submodules and symbolic links are not
 * pages and are left out too.
 */
public final class GitPages {
    private static final String SUBMODULE = "160000";
    private static final String SYMLINK = "120000";
    /** Up to this many needed files are searched for in git's bytes; more are looked up in the parsed index. */
    private static final int SEARCHED_AT_MOST = 64;

    private GitPages() {}

    /**
     * The files whose staged version differs from HEAD (every staged file before the first
     * commit), under {@code pathspecs}, with the blob of each staged version.
     */
    public static Map<Path, String> stagedChanges(Git git, List<String> pathspecs) {
        List<String> args = new ArrayList<>(List.of("diff", "--cached", "--raw", "-z", "-M", "--no-abbrev",
                "--diff-filter=ACMR", "--no-ext-diff", "--"));
        args.addAll(literal(pathspecs));
        List<String> fields = git.runOrFail(args.toArray(String[]::new)).fields();
        Map<Path, String> changed = new LinkedHashMap<>();
        // Each change is ":<old mode> <new mode> <old id> <new id> <status>", then its path, or
        // for a rename or copy ("R100", "C75") the old path and then the new one.
        for (int i = 0; i < fields.size(); i++) {
            String[] head = fields.get(i).substring(1).split(" ");
            char status = head[4].charAt(0);
            String path = fields.get(status == 'R' || status == 'C' ? i + 2 : i + 1);
            i += status == 'R' || status == 'C' ? 2 : 1;
            if (!head[1].equals(SUBMODULE) && !head[1].equals(SYMLINK)) {
                changed.put(git.topLevel().resolve(path).normalize(), head[3]);
            }
        }
        return changed;
    }

    /**
     * The files changed since the merge base of HEAD and {@code ref}: committed, staged or only
     * in the working tree, and new files git does not ignore, under {@code pathspecs}.
     */
    public static List<Path> changedSince(Git git, String ref, List<String> pathspecs) {
        if (ref.isEmpty() || ref.startsWith("-")) {
            throw new GitException("--changed-since needs a git revision, such as origin/main; got '" + ref + "'");
        }
        Git.Result base = git.run("merge-base", "HEAD", ref);
        if (base.exitCode() == 1 && base.error().isEmpty()) {
            throw new GitException("--changed-since " + ref + ": HEAD and " + ref + " have no commit in common");
        }
        if (base.exitCode() != 0) {
            throw new GitException("--changed-since " + ref + ": git does not know this revision ("
                    + base.error().lines().findFirst().orElse("exit code " + base.exitCode()) + ")");
        }
        List<String> diff = new ArrayList<>(List.of("diff", "--name-only", "-z", "-M", "--diff-filter=ACMR",
                "--no-ext-diff", base.text().strip(), "--"));
        diff.addAll(literal(pathspecs));
        List<String> untracked = new ArrayList<>(List.of("ls-files", "--others", "--exclude-standard", "--full-name",
                "-z", "--"));
        untracked.addAll(literal(pathspecs));
        Git.Running changed = git.begin(diff.toArray(String[]::new));
        Git.Running added = git.begin(untracked.toArray(String[]::new));
        Set<Path> files = new HashSet<>();
        for (String path : changed.resultOrFail().fields()) {
            files.add(git.topLevel().resolve(path).normalize());
        }
        for (String path : added.resultOrFail().fields()) {
            files.add(git.topLevel().resolve(path).normalize());
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(null);
        return sorted;
    }

    /**
     * The files under the folder that {@code git} runs in whose path relative to it passes
     * {@code wanted}, as the working tree has them: the tracked files, with their staged blob
     * when the file still matches it, and the untracked files git does not ignore. The
     * fingerprint covers git's index, and the size and time of every changed or new file.
     * Empty when one of {@code needed} (relative paths) is not among them: git ignores it.
     */
    public static Optional<RepositoryListing> workingTree(Git git, Predicate<String> wanted, List<String> needed) {
        Git.Running tracked = git.begin("ls-files", "--stage", "-z");
        Git.Running modified = git.begin("diff-files", "--name-only", "--relative", "-z");
        Git.Running untracked = git.begin("ls-files", "--others", "--exclude-standard", "-z");
        byte[] index = tracked.resultOrFail().output();
        List<String> changed = modified.resultOrFail().fields();
        List<String> added = untracked.resultOrFail().fields().stream().filter(wanted).toList();
        // Many files to look for (a check of the whole repository): parse the index once, for both uses.
        List<IndexEntry> parsed = needed.size() > SEARCHED_AT_MOST ? entries(index) : null;
        if (!listsAll(index, parsed, added, needed)) {
            return Optional.empty();
        }
        MessageDigest fingerprint = Sha256.digest();
        fingerprint.update(index);
        stamp(fingerprint, git, "changed", changed);
        stamp(fingerprint, git, "new", added);
        return Optional.of(new RepositoryListing(HexFormat.of().formatHex(fingerprint.digest()), () -> {
            Set<String> dirty = new HashSet<>(changed);
            List<RepositoryFile> files = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (IndexEntry entry : parsed != null ? parsed : entries(index)) {
                if (wanted.test(entry.path()) && seen.add(entry.path())) {
                    boolean clean = entry.stage() == 0 && !dirty.contains(entry.path());
                    files.add(new RepositoryFile(git.directory().resolve(entry.path()), clean ? entry.blob() : null));
                }
            }
            added.forEach(path -> files.add(RepositoryFile.onDisk(git.directory().resolve(path))));
            return files;
        }));
    }

    /**
     * Whether every path of {@code needed} is tracked (in the {@code ls-files --stage} output)
     * or new: a search of git's bytes for each when a hook's run needs only a few, else a look
     * in the {@code parsed} index.
     */
    private static boolean listsAll(byte[] index, List<IndexEntry> parsed, List<String> added, List<String> needed) {
        Set<String> found = new HashSet<>(added);
        if (parsed != null) {
            parsed.forEach(entry -> found.add(entry.path()));
            return found.containsAll(needed);
        }
        for (String path : needed) {
            if (!found.contains(path) && indexOf(index, ("\t" + path + "\0").getBytes(StandardCharsets.UTF_8)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The same files as they are staged, each with its blob; the fingerprint covers git's index. */
    public static RepositoryListing staged(Git git, Predicate<String> wanted) {
        byte[] index = git.runOrFail("ls-files", "--stage", "-z").output();
        MessageDigest fingerprint = Sha256.digest();
        fingerprint.update("staged\0".getBytes(StandardCharsets.UTF_8));
        fingerprint.update(index);
        return new RepositoryListing(HexFormat.of().formatHex(fingerprint.digest()), () -> {
            List<RepositoryFile> files = new ArrayList<>();
            for (IndexEntry entry : entries(index)) {
                if (entry.stage() == 0 && wanted.test(entry.path())) {
                    files.add(new RepositoryFile(git.directory().resolve(entry.path()), entry.blob()));
                }
            }
            return files;
        });
    }

    /** Adds each file's path, size and modification time (or that it is gone) to the fingerprint. */
    private static void stamp(MessageDigest fingerprint, Git git, String kind, List<String> paths) {
        StringBuilder stamps = new StringBuilder(kind).append('\0');
        for (String path : paths) {
            stamps.append(path).append('\0');
            try {
                BasicFileAttributes attributes = Files.readAttributes(git.directory().resolve(path),
                        BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                stamps.append(attributes.size()).append('@').append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                stamps.append("gone");
            }
            stamps.append('\0');
        }
        fingerprint.update(stamps.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One entry of {@code ls-files --stage}: "<mode> <blob> <stage>\t<path>". */
    private record IndexEntry(String blob, int stage, String path) {}

    /** The entries, read straight from git's bytes: a large site's index is megabytes of them. */
    private static List<IndexEntry> entries(byte[] output) {
        List<IndexEntry> entries = new ArrayList<>();
        int start = 0;
        while (start < output.length) {
            int modeEnd = indexOf(output, (byte) ' ', start);
            int blobEnd = indexOf(output, (byte) ' ', modeEnd + 1);
            int tab = indexOf(output, (byte) '\t', blobEnd + 1);
            int end = indexOf(output, (byte) 0, tab + 1);
            String mode = new String(output, start, modeEnd - start, StandardCharsets.US_ASCII);
            if (!mode.equals(SUBMODULE) && !mode.equals(SYMLINK)) {
                entries.add(new IndexEntry(new String(output, modeEnd + 1, blobEnd - modeEnd - 1, StandardCharsets.US_ASCII),
                        output[blobEnd + 1] - '0', new String(output, tab + 1, end - tab - 1, StandardCharsets.UTF_8)));
            }
            start = end + 1;
        }
        return entries;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    /** Pathspecs that git takes as written, with no glob or other magic. */
    private static List<String> literal(List<String> pathspecs) {
        return pathspecs.stream().map(p -> ":(literal)" + p).toList();
    }
}
