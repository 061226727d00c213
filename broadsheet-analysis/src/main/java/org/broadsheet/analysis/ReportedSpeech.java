package org.broadsheet.analysis;

/**
 * Speech reported without quotation marks: "X said (that) ...", "X vowed to ...", "X voiced the hope
 * that ...", "..., according to X".
 *
 * @param speaker who said it
 * @param cue the cue as written ("said", "pointed out", "voiced the hope", "according to")
 * @param content what was said, exactly as written
 * @param sentence the whole sentence, with its offsets
 */
public record ReportedSpeech(Speaker speaker, String cue, Span content, Span sentence) {
}
