package vn.thidua.audit.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash chain of the audit trail: each entry stores the SHA-256 of its canonical
 * content, and that content includes the previous entry's hash. Editing, removing or
 * reordering a stored entry therefore breaks the chain at that entry (unless every later
 * hash is recomputed too: keep the head hash that {@link Result#lastHash()} reports
 * outside the database, e.g. in the minutes of a review, to catch that).
 *
 * <h2>Canonical content (version 1)</h2>
 * The UTF-8 bytes of the line {@code thidua-audit/1} followed by eight fields, in this
 * order, each written as {@code <name>:<length>:<value>} and a line feed (U+000A), where
 * {@code <length>} is the number of UTF-8 bytes of {@code <value>} in decimal:
 * <ol>
 *   <li>{@code id}: the entry's id in decimal (1, 2, 3, ... without gaps: the id is the
 *       previous entry's id plus one);</li>
 *   <li>{@code time}: {@code occurred_at} as {@code yyyy-MM-ddTHH:mm:ss.SSS} (always three
 *       fraction digits; the column keeps milliseconds);</li>
 *   <li>{@code actor}, {@code entity}, {@code entity_id}, {@code action}: the columns
 *       {@code actor}, {@code entity_type}, {@code entity_id}, {@code action} as stored;</li>
 *   <li>{@code details}: the column {@code details}; a NULL is written {@code details:-}
 *       (no length, no value), an empty text {@code details:0:};</li>
 *   <li>{@code prev}: the previous entry's hash; for the first entry 64 zeros.</li>
 * </ol>
 * The entry's hash ({@code entry_hash}) is the SHA-256 of those bytes as 64 lowercase
 * hexadecimal digits; {@code prev_hash} holds the {@code prev} field. Example, entry 1:
 * <pre>
 * thidua-audit/1
 * id:1:1
 * time:23:2024-01-05T08:30:00.125
 * actor:10:chuyenvien
 * entity:4:Unit
 * entity_id:1:7
 * action:6:CREATE
 * details:-
 * prev:64:0000000000000000000000000000000000000000000000000000000000000000
 * </pre>
 * The one-row table {@code audit_head} holds the last entry's id and hash; writers lock it
 * ({@code SELECT ... FOR UPDATE}), so two transactions never chain onto the same entry.
 *
 * <p>The Board's page ({@code AuditService.verifyChain}) and the command
 * {@code ./portal.sh audit-verify} (JDBC, {@code vn.thidua.tools.AuditVerify}) both feed
 * the stored entries, in id order, to a {@link Verifier}.
 */
public final class AuditChain {

    /** The {@code prev} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION_LINE = "thidua-audit/1\n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AuditChain() {
    }

    /** One stored entry, as the chain sees it. */
    public record Link(long id, LocalDateTime occurredAt, String actor, String entityType, String entityId,
                       String action, String details, String prevHash, String entryHash) {
    }

    /** Why an entry breaks the chain. */
    public enum Break {
        /** The entry's content no longer has its stored hash: the row was edited. */
        CONTENT_CHANGED,
        /** The entry does not follow the entry before it: an entry was removed, inserted or moved before it. */
        LINK_BROKEN,
        /** The head names a later entry than the last one stored: entries were removed at the end. */
        ENTRIES_MISSING_AT_END
    }

    /**
     * The outcome of a verification.
     *
     * @param checked       entries verified
     * @param lastId        id of the last entry the head names (0: none)
     * @param lastHash      hash of that entry (the value to keep outside the database)
     * @param firstBrokenId the first entry that breaks the chain, or null when intact
     * @param reason        why it breaks it, or null when intact
     */
    public record Result(long checked, long lastId, String lastHash, Long firstBrokenId, Break reason) {

        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    /** The canonical bytes of an entry (see the class comment). */
    public static byte[] canonical(long id, LocalDateTime occurredAt, String actor, String entityType, String entityId,
                                   String action, String details, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (details == null ? 0 : details.length() * 3));
        out.writeBytes(VERSION_LINE.getBytes(StandardCharsets.UTF_8));
        field(out, "id", Long.toString(id));
        field(out, "time", TIME.format(Objects.requireNonNull(occurredAt)));
        field(out, "actor", Objects.requireNonNull(actor));
        field(out, "entity", Objects.requireNonNull(entityType));
        field(out, "entity_id", Objects.requireNonNull(entityId));
        field(out, "action", Objects.requireNonNull(action));
        field(out, "details", details);
        field(out, "prev", Objects.requireNonNull(prevHash));
        return out.toByteArray();
    }

    /** The hash of an entry: SHA-256 of its canonical bytes, 64 lowercase hex digits. */
    public static String hash(long id, LocalDateTime occurredAt, String actor, String entityType, String entityId,
                              String action, String details, String prevHash) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(id, occurredAt, actor, entityType, entityId, action, details, prevHash)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash the stored entry should have. */
    public static String expectedHash(Link link) {
        return hash(link.id(), link.occurredAt(), link.actor(), link.entityType(), link.entityId(), link.action(),
                link.details(), link.prevHash());
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        out.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
        if (value == null) {
            out.writeBytes(":-\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((":" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write('\n');
    }

    /**
     * Checks entries one at a time, in id order, up to the entry the head names; remembers
     * the first that breaks the chain. Feed it with {@link #accept}, then ask {@link #result}.
     */
    public static final class Verifier {

        private final long headId;
        private final String headHash;
        private String previousHash = GENESIS;
        private long previousId;
        private long checked;
        private Long firstBrokenId;
        private Break reason;

        /** @param headId the last entry's id as {@code audit_head} records it; {@code headHash} its hash */
        public Verifier(long headId, String headHash) {
            this.headId = headId;
            this.headHash = headHash;
        }

        /** The next stored entry (ids ascending, at most the head's). */
        public void accept(Link link) {
            checked++;
            if (firstBrokenId == null) {
                if (link.id() != previousId + 1 || !previousHash.equals(link.prevHash())) {
                    broken(link.id(), Break.LINK_BROKEN);
                } else if (!expectedHash(link).equals(link.entryHash())) {
                    broken(link.id(), Break.CONTENT_CHANGED);
                }
            }
            previousId = link.id();
            previousHash = link.entryHash();
        }

        /** Whether the verification already found the first broken entry (the rest need not be read). */
        public boolean done() {
            return firstBrokenId != null;
        }

        public Result result() {
            if (firstBrokenId == null && (previousId != headId || !previousHash.equals(headHash))) {
                broken(previousId + 1, Break.ENTRIES_MISSING_AT_END);
            }
            return new Result(checked, headId, headHash, firstBrokenId, reason);
        }

        private void broken(long id, Break why) {
            firstBrokenId = id;
            reason = why;
        }
    }
}
