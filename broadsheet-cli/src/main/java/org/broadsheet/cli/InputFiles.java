package org.broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the arguments of a command into pages: a file is one page, {@code -} is standard input, and
 * a directory is every page file under it, recursively, in name order. In a directory, page files are
 * those ending in {@code .html}, {@code .htm}, {@code .xhtml}, {@code .shtml} or {@code .txt}, each
 * optionally followed by {@code .gz}; hidden files and directories are skipped. A file named
 * explicitly is always read, whatever its name.
 */
public final class InputFiles {

    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml", "txt");

    /**
     * The result of expanding the arguments.
     *
     * @param inputs the pages to read, in order
     * @param problems arguments (or files and directories under them) that gave no page
     * @param hasDirectory true when at least one argument was a directory
     */
    public record Expansion(List<Input> inputs, List<Problem> problems, boolean hasDirectory) {

        /** Copies the lists, so that the value cannot change. */
        public Expansion {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    /**
     * An input that gave no page.
     *
     * @param input the argument, or the file or directory under it, as messages name it
     * @param problem what is wrong with it
     */
    public record Problem(String input, String problem) {

        @Override
        public String toString() {
            return input + ": " + problem;
        }
    }

    /** Expands {@code args}. Never fails: arguments that give no page are reported in the result. */
    public Expansion expand(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean hasDirectory = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                hasDirectory = true;
                List<Input> found = new ArrayList<>();
                int unreadable = problems.size();
                found.addAll(walk(arg, path, problems));
                if (found.isEmpty() && problems.size() == unreadable) {
                    problems.add(new Problem(arg, "no page files (.html, .htm, .xhtml, .shtml, .txt, or those .gz) in "
                            + "this directory"));
                }
                inputs.addAll(found);
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(arg, path, stem(path.getFileName().toString())));
            } else if (Files.exists(path)) {
                problems.add(new Problem(arg, "not a regular file or directory"));
            } else {
                problems.add(new Problem(arg, "no such file or directory"));
            }
        }
        return new Expansion(inputs, problems, hasDirectory);
    }

    /**
     * The page files under {@code dir}, in name order. A subdirectory or file that cannot be read is a problem of its
     * own, named; the pages beside it are still found.
     */
    private static List<Input> walk(String arg, Path dir, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && isHidden(dir.relativize(d))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!Files.isReadable(d) || !Files.isExecutable(d)) {
                        problems.add(new Problem(name(arg, dir, d), "cannot read this directory: permission denied"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(dir.relativize(f)) && isPageFile(f.getFileName().toString())) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(new Problem(name(arg, dir, f), (Files.isDirectory(f) ? "cannot read this directory: "
                            : "cannot read: ") + BatchCommand.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(arg, "cannot list directory: " + BatchCommand.describe(e)));
        }
        return files.stream().sorted()
                .map(p -> new Input(name(arg, dir, p), p, stem(dir.relativize(p).toString()))).toList();
    }

    private static String name(String arg, Path dir, Path file) {
        String rel = dir.relativize(file).toString();
        return arg.endsWith("/") || arg.endsWith(java.io.File.separator) ? arg + rel : arg + "/" + rel;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isPageFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && PAGE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** {@code a/b/page.html.gz} becomes {@code a/b/page}: the name an output file is built from. */
    static String stem(String relative) {
        String s = relative;
        if (s.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            s = s.substring(0, s.length() - 3);
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf(java.io.File.separatorChar));
        int dot = s.lastIndexOf('.');
        return dot > slash + 1 ? s.substring(0, dot) : s;
    }
}
