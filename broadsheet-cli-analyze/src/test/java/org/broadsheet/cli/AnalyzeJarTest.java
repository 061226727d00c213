package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The analyze jar's command: the same {@code broadsheet} entry point, with the real analyze command in it. */
class AnalyzeJarTest {

    @Test
    void analyzeIsTheRealCommandHere() {
        CliRun help = CliRun.of("analyze", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("--input-format"), help.out());
        assertTrue(help.out().contains("reported speech"), help.out());
    }

    /** CoreNLP logs through SLF4J 1.7: without a binding, every run printed three lines of "SLF4J:" noise. */
    @Test
    void coreNlpLoggingHasABindingAndSaysNothing() throws ClassNotFoundException {
        Class.forName("org.slf4j.impl.StaticLoggerBinder");
        assertEquals("org.slf4j.helpers.NOPLoggerFactory",
                org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
    }

    @Test
    void extractIsStillThere() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("extract") && help.out().contains("analyze"), help.out());
    }

    @Test
    void aMissingPageIsNamedBeforeAnyModelLoads() {
        CliRun run = CliRun.withStdin(new byte[0], "analyze", "no-such-page.html");
        assertEquals(Main.SOME_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("no-such-page.html"), run.err());
    }

    @Test
    void aMissingArchiveIsNamedBeforeAnyModelLoads() {
        CliRun run = CliRun.of("analyze", "no-such-crawl.warc.gz");
        assertEquals(Main.SOME_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("no-such-crawl.warc.gz: no such file"), run.err());
    }

    /** One real run (loads the models): stdin reaches the command through its parent, and the analysis comes out. */
    @Test
    void analyzesAnArticleFromStdin() throws Exception {
        String body = "The town council voted on Tuesday to close the old library, Mayor Ann Lee said.\n"
                + "\"We have no other choice this year,\" Lee told reporters outside the town hall.\n";
        CliRun run = CliRun.withStdin(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "analyze",
                "--input-format", "plain", "--format", "jsonl", "--date", "2024-05-01", "-");
        assertEquals(0, run.exitCode(), run.err());
        com.fasterxml.jackson.databind.JsonNode analysis = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out()).get("analysis");
        assertTrue(analysis.get("people").toString().contains("Ann Lee"), analysis.toString());
        assertTrue(analysis.get("quotes").toString().contains("We have no other choice"), analysis.toString());
    }
}
