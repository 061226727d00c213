package org.broadsheet.cli;

/** The forms an article can be written in. */
public enum ArticleFormat {
    /** Indented JSON, one object per page (see {@code docs/schema.md}). */
    JSON("json"),
    /** JSON Lines: one object per line, one line per page. */
    JSONL("jsonl"),
    /** The title, a blank line, then the body text, one block a line. */
    TEXT("txt"),
    /** Markdown: the title as a heading, the byline and date, then the body blocks. */
    MARKDOWN("md");

    private final String extension;

    ArticleFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot, of files written in this format. */
    public String extension() {
        return extension;
    }
}
