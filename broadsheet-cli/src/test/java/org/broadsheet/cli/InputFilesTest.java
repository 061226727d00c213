package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding arguments into pages. */
class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void pageFilesAreKnownByTheirExtension() {
        assertTrue(InputFiles.isPageFile("a.html"));
        assertTrue(InputFiles.isPageFile("A.HTM.GZ"));
        assertTrue(InputFiles.isPageFile("dump.txt"));
        assertFalse(InputFiles.isPageFile("README.md"));
        assertFalse(InputFiles.isPageFile("LICENSE-zyte"));
        assertFalse(InputFiles.isPageFile(".html"));
    }

    @Test
    void outputNamesLoseExtensionAndGz() {
        assertEquals("a/b/page", InputFiles.stem("a/b/page.html.gz"));
        assertEquals("page", InputFiles.stem("page.htm"));
        assertEquals("a.b/page", InputFiles.stem("a.b/page"));
    }

    @Test
    void gzipDataIsRecognizedWhateverTheName() throws IOException {
        Path p = Pages.writeGzip(tmp.resolve("page.html"), "<p>hello</p>");
        byte[] bytes = new Input("page.html", p, "page").read(java.io.InputStream.nullInputStream());
        assertEquals("<p>hello</p>", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void expansionKeepsOrderAndReportsProblems() throws IOException {
        Pages.write(tmp.resolve("d/b.html"), "<p>b</p>");
        Pages.write(tmp.resolve("d/a.html"), "<p>a</p>");
        Path single = Pages.write(tmp.resolve("z.weird"), "<p>z</p>");
        InputFiles.Expansion e = new InputFiles().expand(List.of(single.toString(), tmp.resolve("d").toString(), "-",
                tmp.resolve("nope").toString()));
        assertEquals(List.of(single.toString(), tmp.resolve("d") + "/a.html", tmp.resolve("d") + "/b.html", "-"),
                e.inputs().stream().map(Input::name).toList());
        assertEquals(1, e.problems().size());
        assertTrue(e.hasDirectory());
    }
}
