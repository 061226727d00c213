package org.broadsheet.analysis;

/**
 * A lasting tie the article states between two named parties: membership of a body, a partnership or
 * alliance, diplomatic relations, a role or leadership, the chairmanship or presidency of a body.
 *
 * @param subject the member, partner, holder of the role or office (canonical name as written)
 * @param kind what sort of tie it is
 * @param label the article's words for it ("comprehensive strategic partnership", "rotating presidency",
 *        "chief executive")
 * @param object the body, the other partner, the organization of the role
 * @param sentence the sentence that states it, with its offsets
 */
public record Relation(String subject, Kind kind, String label, String object, Span sentence) {

    /** What sort of tie a relation is. */
    public enum Kind {
        /** The subject is a member of the object ("both members of the UN"). */
        MEMBERSHIP,
        /** A partnership, alliance or cooperation agreement between the two (symmetric). */
        PARTNERSHIP,
        /** Diplomatic relations between two countries (symmetric). */
        DIPLOMATIC_RELATIONS,
        /** The subject holds a role in or leads the object ("chief executive of WeWork"). */
        ROLE,
        /** The subject holds the chairmanship or presidency of the object ("holds the presidency of BRICS"). */
        CHAIRMANSHIP
    }
}
