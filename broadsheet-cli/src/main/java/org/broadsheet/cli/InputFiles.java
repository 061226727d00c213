package org.broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

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
     * @param problems arguments that gave no page, each as "name: problem"
     * @param hasDirectory true when at least one argument was a directory
     */
    public record Expansion(List<Input> inputs, List<String> problems, boolean hasDirectory) {

        /** Copies the lists, so that the value cannot change. */
        public Expansion {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    /** Expands {@code args}. Never fails: arguments that give no page are reported in the result. */
    public Expansion expand(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
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
                try {
                    found.addAll(walk(arg, path));
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(arg + ": cannot list directory: " + e.getMessage());
                    continue;
                }
                if (found.isEmpty()) {
                    problems.add(arg + ": no page files (.html, .htm, .xhtml, .shtml, .txt, or those .gz) in this directory");
                }
                inputs.addAll(found);
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(arg, path, stem(path.getFileName().toString())));
            } else if (Files.exists(path)) {
                problems.add(arg + ": not a regular file or directory");
            } else {
                problems.add(arg + ": no such file or directory");
            }
        }
        return new Expansion(inputs, problems, hasDirectory);
    }

    private static List<Input> walk(String arg, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(p -> isPageFile(p.getFileName().toString()))
                    .sorted()
                    .map(p -> new Input(name(arg, dir, p), p, stem(dir.relativize(p).toString())))
                    .toList();
        }
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
