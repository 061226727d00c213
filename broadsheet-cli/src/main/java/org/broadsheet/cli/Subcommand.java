package org.broadsheet.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand that ships in another jar (a picocli {@code @Command} class), found by {@link Main} through
 * {@link java.util.ServiceLoader}: list the class in {@code META-INF/services/org.broadsheet.cli.Subcommand} of that
 * jar. {@code analyze} comes this way from {@code broadsheet-analyze.jar}.
 */
public interface Subcommand extends Callable<Integer> {
}
