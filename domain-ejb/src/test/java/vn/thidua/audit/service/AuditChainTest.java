package vn.thidua.audit.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final LocalDateTime T = LocalDateTime.of(2024, 1, 5, 8, 30, 0, 125_000_000);

    @Test
    void theCanonicalContentIsTheDocumentedText() throws Exception {
        String documented = "thidua-audit/1\n"
                + "id:1:1\n"
                + "time:23:2024-01-05T08:30:00.125\n"
                + "actor:10:chuyenvien\n"
                + "entity:4:Unit\n"
                + "entity_id:1:7\n"
                + "action:6:CREATE\n"
                + "details:-\n"
                + "prev:64:" + AuditChain.GENESIS + "\n";
        byte[] canonical = AuditChain.canonical(1, T, "chuyenvien", "Unit", "7", "CREATE", null, AuditChain.GENESIS);
        assertArrayEquals(documented.getBytes(StandardCharsets.UTF_8), canonical);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)),
                AuditChain.hash(1, T, "chuyenvien", "Unit", "7", "CREATE", null, AuditChain.GENESIS));
    }

    @Test
    void lengthsCountUtf8BytesSoVietnameseTextAndSeparatorsCannotBeConfused() {
        String text = new String(AuditChain.canonical(2, T, "hlhpn", "Bloc", "3", "UPDATE", "Đắk Nông\nprev:64:x",
                "a".repeat(64)), StandardCharsets.UTF_8);
        assertTrue(text.contains("details:" + "Đắk Nông\nprev:64:x".getBytes(StandardCharsets.UTF_8).length
                + ":Đắk Nông\nprev:64:x\n"), text);
        // a whole second and no fraction is still written with three digits
        assertTrue(new String(AuditChain.canonical(1, T.withNano(0), "a", "b", "c", "d", "", AuditChain.GENESIS),
                StandardCharsets.UTF_8).contains("time:23:2024-01-05T08:30:00.000\n"));
        assertNotEquals(AuditChain.hash(1, T, "a", "b", "c", "d", null, AuditChain.GENESIS),
                AuditChain.hash(1, T, "a", "b", "c", "d", "", AuditChain.GENESIS), "no details is not empty details");
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditChain.Link> chain = chain(5);
        AuditChain.Result result = verify(chain, 5, chain.get(4).entryHash());
        assertTrue(result.intact());
        assertEquals(5, result.checked());
        assertEquals(chain.get(4).entryHash(), result.lastHash());
        assertTrue(verify(List.of(), 0, AuditChain.GENESIS).intact(), "an empty trail");
    }

    @Test
    void anEditedEntryIsTheFirstBrokenOne() {
        List<AuditChain.Link> chain = chain(6);
        AuditChain.Link third = chain.get(2);
        chain.set(2, new AuditChain.Link(third.id(), third.occurredAt(), third.actor(), third.entityType(),
                third.entityId(), third.action(), "sửa lén", third.prevHash(), third.entryHash()));
        AuditChain.Result result = verify(chain, 6, chain.get(5).entryHash());
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenId());
        assertEquals(AuditChain.Break.CONTENT_CHANGED, result.reason());
    }

    @Test
    void anEntryEditedTogetherWithItsHashBreaksTheLinkOfTheNext() {
        List<AuditChain.Link> chain = chain(6);
        AuditChain.Link third = chain.get(2);
        String forged = AuditChain.hash(3, third.occurredAt(), third.actor(), third.entityType(), third.entityId(),
                third.action(), "sửa lén", third.prevHash());
        chain.set(2, new AuditChain.Link(3, third.occurredAt(), third.actor(), third.entityType(), third.entityId(),
                third.action(), "sửa lén", third.prevHash(), forged));
        AuditChain.Result result = verify(chain, 6, chain.get(5).entryHash());
        assertEquals(4L, result.firstBrokenId());
        assertEquals(AuditChain.Break.LINK_BROKEN, result.reason());
    }

    @Test
    void aRemovedEntryAndRemovedLastEntriesAreFound() {
        List<AuditChain.Link> chain = chain(6);
        String head = chain.get(5).entryHash();
        List<AuditChain.Link> gap = new ArrayList<>(chain);
        gap.remove(3);
        AuditChain.Result removed = verify(gap, 6, head);
        assertEquals(5L, removed.firstBrokenId());
        assertEquals(AuditChain.Break.LINK_BROKEN, removed.reason());

        AuditChain.Result cut = verify(chain.subList(0, 4), 6, head);
        assertEquals(5L, cut.firstBrokenId());
        assertEquals(AuditChain.Break.ENTRIES_MISSING_AT_END, cut.reason());
        assertNull(verify(chain, 6, head).firstBrokenId());
    }

    private static AuditChain.Result verify(List<AuditChain.Link> links, long headId, String headHash) {
        AuditChain.Verifier verifier = new AuditChain.Verifier(headId, headHash);
        links.forEach(verifier::accept);
        return verifier.result();
    }

    private static List<AuditChain.Link> chain(int n) {
        List<AuditChain.Link> links = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            LocalDateTime at = T.plusSeconds(id);
            String details = id % 2 == 0 ? null : "Khối thi đua số 03 – mục " + id;
            String hash = AuditChain.hash(id, at, "chuyenvien", "Bloc", String.valueOf(id), "UPDATE", details, prev);
            links.add(new AuditChain.Link(id, at, "chuyenvien", "Bloc", String.valueOf(id), "UPDATE", details, prev, hash));
            prev = hash;
        }
        return links;
    }
}
