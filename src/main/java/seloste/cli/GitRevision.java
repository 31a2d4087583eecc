package seloste.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The source files as they were at a git revision, read with the {@code git} command: {@code ls-tree}
 * lists them and {@code cat-file} reads each, without touching the working tree.
 */
final class GitRevision {

    /** git could not be run, or refused: a message for the user. */
    static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }

    private static final long TIMEOUT_SECONDS = 60;

    private final Path workDir;
    private final String revision;

    GitRevision(Path workDir, String revision) throws GitException {
        if (revision.isBlank() || revision.startsWith("-") || revision.contains(":")) {
            throw new GitException("'" + revision + "' is not a revision; give a commit, branch or tag such as HEAD~1 "
                    + "or main.");
        }
        this.workDir = workDir;
        this.revision = revision;
        Result r = git("rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (r.code() != 0) {
            throw new GitException(r.err().contains("not a git repository") ? "This folder is not in a git "
                    + "repository; seloste diff compares with a git revision." : "git knows no revision '"
                    + revision + "'.");
        }
    }

    /** The {@code .yaml}/{@code .yml} files under {@code paths} at the revision, by their path from the work dir. */
    Map<String, byte[]> files(List<Path> paths) throws GitException {
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--name-only", revision, "--"));
        paths.forEach(p -> args.add(p.toString()));
        Result list = git(args.toArray(String[]::new));
        if (list.code() != 0) {
            throw new GitException("git ls-tree failed: " + list.err().strip());
        }
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : new String(list.out(), StandardCharsets.UTF_8).split("\0")) {
            String file = name.substring(name.lastIndexOf('/') + 1);
            if (!file.matches("[^.].*\\.ya?ml")) {
                continue;
            }
            Result blob = git("cat-file", "blob", revision + ":./" + name);
            if (blob.code() != 0) {
                throw new GitException("git cat-file failed for " + name + ": " + blob.err().strip());
            }
            out.put(name, blob.out());
        }
        return out;
    }

    private record Result(int code, byte[] out, String err) {
    }

    private Result git(String... args) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git did not answer within " + TIMEOUT_SECONDS + " seconds.");
            }
            return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitException("cannot run git: " + e.getMessage() + ". Is git installed?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while waiting for git.");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
