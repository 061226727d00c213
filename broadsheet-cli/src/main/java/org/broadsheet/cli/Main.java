package org.broadsheet.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.logging.LogManager;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code broadsheet} command: its subcommands ({@code extract}, {@code analyze}, {@code help}), {@code --help}
 * and {@code --version}. Tests build it with {@link #commandLine} and run it in-process.
 *
 * <p>{@code analyze} needs Stanford CoreNLP (GPL-3.0-or-later, with 500 MB of models), so it ships apart, in
 * {@code broadsheet-analyze.jar} (module {@code broadsheet-cli-analyze}), which has this same entry point. Where it
 * is not on the class path, as in {@code broadsheet.jar}, {@code analyze} only says where to find it. Subcommands
 * from other jars are found as {@link Subcommand} services.
 */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns news pages into structured articles.")
public final class Main implements Callable<Integer> {

    /** Exit code when every page was extracted. */
    public static final int OK = 0;
    /** Exit code when at least one page failed. */
    public static final int SOME_FAILED = 1;
    /** Exit code for a command-line mistake. */
    public static final int USAGE = 2;

    private final InputStream stdin;
    private final boolean stderrIsTerminal;

    @Spec
    private CommandSpec spec;

    /**
     * A command that reads {@code -} from {@code stdin}.
     *
     * @param stdin what {@code -} reads
     * @param stderrIsTerminal true when stderr is a terminal, so that a progress bar can redraw itself
     */
    public Main(InputStream stdin, boolean stderrIsTerminal) {
        this.stdin = stdin;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        quietLucene();
        boolean terminal = Boolean.getBoolean("broadsheet.stderrIsTerminal");
        CommandLine cmd = commandLine(new Main(System.in, terminal));
        // straight to the file descriptor, not through System.out, which would hide a closed pipe
        cmd.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        System.exit(code);
    }

    /**
     * Lucene notes on every run, on Java 21 and later, which memory mapping and vector code it chose: not the
     * user's concern, and on stderr beside the command's own report. Its errors still show. A logging
     * configuration the user names ({@code -Djava.util.logging.config.file}) is left as it is.
     */
    private static void quietLucene() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        byte[] levels = "org.apache.lucene.level = SEVERE\n".getBytes(StandardCharsets.ISO_8859_1);
        try {
            // merged into the JDK's default configuration: keys of ours win, the rest stay
            LogManager.getLogManager().updateConfiguration(new ByteArrayInputStream(levels),
                    key -> (old, ours) -> ours != null ? ours : old);
        } catch (IOException e) {
            // cannot happen for bytes in memory; the notes would show, nothing else changes
        }
    }

    /** The picocli command line for {@code main}, configured as the real command uses it. */
    public static CommandLine commandLine(Main main) {
        CommandLine cmd = new CommandLine(main);
        cmd.addSubcommand(new ExtractCommand());
        for (Subcommand c : ServiceLoader.load(Subcommand.class)) {
            cmd.addSubcommand(c);
        }
        if (!cmd.getSubcommands().containsKey("analyze")) {
            cmd.addSubcommand(new AnalyzeElsewhere());
        }
        cmd.addSubcommand(new IndexCommand());
        cmd.addSubcommand(new SearchCommand());
        cmd.addSubcommand(new ServeCommand());
        cmd.addSubcommand(new CommandLine.HelpCommand());
        return cmd.setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** With no subcommand: show the usage and fail. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** What {@code -} reads. */
    public InputStream stdin() {
        return stdin;
    }

    /** True when stderr is a terminal. */
    public boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }
}
