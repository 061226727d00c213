package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The extract jar holds no CoreNLP: {@code analyze} there says where the command is instead of failing oddly. */
class AnalyzeElsewhereTest {

    @Test
    void analyzeSaysWhichJarHasIt() {
        CliRun run = CliRun.of("analyze", "--date", "2024-05-01", "page.html");
        assertEquals(Main.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("broadsheet-analyze.jar") && run.err().contains("./broadsheet analyze"), run.err());
        CliRun help = CliRun.of("analyze", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("broadsheet-analyze.jar"), help.out());
        assertTrue(CliRun.of("--help").out().contains("analyze"), "the command is listed");
    }

    @Test
    void noAnalysisClassesInTheExtractModule() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.broadsheet.analysis.Analyzer"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP"));
    }
}
