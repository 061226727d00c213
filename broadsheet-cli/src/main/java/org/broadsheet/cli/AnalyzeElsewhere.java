package org.broadsheet.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code broadsheet analyze} in a jar without it: says where the command is. The analyze command needs Stanford
 * CoreNLP, which is GPL-3.0-or-later and 500 MB of models, so it is kept out of the Apache-2.0 extract jar.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
    "Extracts each article and adds who said what, people, figures and dates (Stanford CoreNLP).",
    "Not in this jar: it ships as broadsheet-analyze.jar (GPL-3.0-or-later); in a clone of the repository, "
            + "./broadsheet analyze builds it on first use."})
final class AnalyzeElsewhere implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Whatever the analyze command would take. */
    @Unmatched
    private List<String> ignored;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("broadsheet: analyze is not in this jar: it needs Stanford CoreNLP "
                + "(GPL-3.0-or-later) and ships as broadsheet-analyze.jar; in a clone of the repository, run "
                + "./broadsheet analyze, which builds it (module broadsheet-cli-analyze)");
        return Main.USAGE;
    }
}
