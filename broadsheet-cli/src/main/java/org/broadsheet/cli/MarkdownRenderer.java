package org.broadsheet.cli;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;

/**
 * Writes an article as Markdown: the title as {@code #}, the standfirst in italics, a byline and date
 * line, then the body blocks (headings as {@code ##}, list items as {@code -}, quotes as {@code >}, tables as
 * pipe tables).
 * All page text is escaped with {@link MarkdownText}.
 */
public final class MarkdownRenderer {

    /** The article as a Markdown document, ending with a newline. */
    public String render(Article a) {
        StringBuilder md = new StringBuilder();
        if (a.title() != null && !a.title().isBlank()) {
            md.append("# ").append(MarkdownText.escape(oneLine(a.title()))).append("\n\n");
        }
        if (a.subtitle() != null && !a.subtitle().isBlank()) {
            md.append('*').append(MarkdownText.escape(oneLine(a.subtitle()))).append("*\n\n");
        }
        String byline = byline(a);
        if (!byline.isEmpty()) {
            md.append(MarkdownText.escape(byline)).append("\n\n");
        }
        BlockType previous = null;
        for (BodyBlock b : a.blocks()) {
            if (previous != null) {
                md.append(previous == BlockType.LIST_ITEM && b.type() == BlockType.LIST_ITEM ? "\n" : "\n\n");
            }
            md.append(block(b));
            previous = b.type();
        }
        if (previous != null) {
            md.append('\n');
        }
        return md.toString();
    }

    private static String block(BodyBlock b) {
        if (b.rows() != null && !b.rows().isEmpty()) {
            return table(b.rows());
        }
        String text = MarkdownText.escape(b.text());
        return switch (b.type()) {
            case HEADING -> "## " + oneLine(text);
            case LIST_ITEM -> "- " + text.replace("\n", "\n  ");
            case QUOTE -> "> " + text.replace("\n", "\n> ");
            case CAPTION -> "*" + oneLine(text) + "*";
            case CODE -> MarkdownText.codeBlock(b.text());
            case PARAGRAPH, TABLE -> text;
        };
    }

    /** A pipe table: the first row as its header, every row padded to the widest. */
    private static String table(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            md.append('|');
            for (int c = 0; c < width; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                // escape() already escapes pipes
                md.append(' ').append(MarkdownText.escape(oneLine(cell))).append(" |");
            }
            if (r == 0) {
                md.append("\n|").append(" --- |".repeat(width));
            }
            if (r < rows.size() - 1) {
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** "By A and B · published 2024-05-01T09:00:00Z · updated ...", or "Published ..." with no byline, or empty. */
    static String byline(Article a) {
        List<String> parts = new ArrayList<>();
        List<String> names = new ArrayList<>(a.authors());
        if (names.isEmpty()) {
            names.addAll(a.authorOrganizations());
        }
        if (!names.isEmpty()) {
            parts.add("By " + joinNames(names));
        }
        if (a.published() != null) {
            parts.add("published " + a.published().value());
        }
        if (a.modified() != null && (a.published() == null || !a.modified().value().equals(a.published().value()))) {
            parts.add("updated " + a.modified().value());
        }
        String line = String.join(" · ", parts);
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }
}
