package org.broadsheet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One output file per page in a directory: {@code DIR/<input path below its argument>.<ext>}, so that
 * pages found in subdirectories keep their layout. Names that would collide get {@code -2}, {@code -3}.
 * An output never overwrites its own input.
 */
public final class DirectoryOutput implements Output {

    private final Path dir;
    private final String extension;
    private final Set<Path> used = new HashSet<>();
    private final Map<Input, Path> targets = new HashMap<>();

    /** Files named {@code <page>.<extension>} under {@code dir}, which is created when missing. */
    public DirectoryOutput(Path dir, String extension) {
        this.dir = dir;
        this.extension = extension;
    }

    @Override
    public void write(Input input, String content) throws IOException {
        Path target = target(input);
        if (input.path() != null && Files.exists(target) && Files.isSameFile(target, input.path())) {
            throw new IOException("output " + target + " would overwrite the input; choose another -o directory");
        }
        Files.createDirectories(target.getParent());
        // written whole beside it, then renamed: a failed or killed write leaves no half file under the page's name
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.write(part, content.getBytes(StandardCharsets.UTF_8));
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    @Override
    public String describe(Input input) {
        return target(input).toString();
    }

    private Path target(Input input) {
        return targets.computeIfAbsent(input, in -> {
            Path candidate = dir.resolve(in.outputName() + "." + extension).normalize();
            for (int n = 2; !used.add(candidate); n++) {
                candidate = dir.resolve(in.outputName() + "-" + n + "." + extension).normalize();
            }
            return candidate;
        });
    }

    @Override
    public void close() {
        // every file is closed as soon as it is written
    }
}
