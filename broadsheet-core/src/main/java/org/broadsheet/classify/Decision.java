package org.broadsheet.classify;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.Block;

/**
 * What was decided about one block.
 *
 * @param block the block
 * @param kind {@code null} when the block is part of the body, else why it is not
 * @param reason the evidence, in words a user can check
 */
public record Decision(Block block, Boilerplate kind, String reason) {

    /** True when the block belongs to the article body. */
    public boolean isBody() {
        return kind == null;
    }

    /** A decision to keep {@code block} in the body. */
    public static Decision body(Block block, String reason) {
        return new Decision(block, null, reason);
    }

    /** A decision to leave {@code block} out of the body. */
    public static Decision removed(Block block, Boilerplate kind, String reason) {
        return new Decision(block, kind, reason);
    }
}
