package org.broadsheet.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * The outcome of running the command in-process.
 *
 * @param exitCode what the command returned
 * @param out what it wrote to stdout
 * @param err what it wrote to stderr
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code broadsheet args...} with empty stdin. */
    static CliRun of(String... args) {
        return withStdin(new byte[0], args);
    }

    /** Runs {@code broadsheet args...} with {@code stdin} as standard input. */
    static CliRun withStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new Main(new ByteArrayInputStream(stdin), false));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
