package org.broadsheet.analysis;

/**
 * Speech reported without quotation marks: "X said (that) ...", "X vowed to ...", "X voiced the hope
 * that ...", "..., according to X".
 *
 * @param speaker who said it
 * @param cue the cue as written ("said", "pointed out", "voiced the hope", "according to")
 * @param content what was said, exactly as written
 * @param sentence the whole sentence, with its offsets
 * @param embedded true when the statement is reported inside another source's statement or inside a direct
 *        quote ("Kell said the board had told tenants ...", "“The board told us ...”"): the spec's R6,
 *        {@code nested} or {@code in_quote}
 */
public record ReportedSpeech(Speaker speaker, String cue, Span content, Span sentence, boolean embedded) {

    /** A statement reported in the article's own narrative, not inside another's. */
    public ReportedSpeech(Speaker speaker, String cue, Span content, Span sentence) {
        this(speaker, cue, content, sentence, false);
    }

    /** The same statement, marked as reported inside another's (see {@link #embedded()}). */
    ReportedSpeech inside() {
        return new ReportedSpeech(speaker, cue, content, sentence, true);
    }
}
