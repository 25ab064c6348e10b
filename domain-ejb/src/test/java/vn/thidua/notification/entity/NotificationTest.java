package vn.thidua.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class NotificationTest {

    private static String text(Notification n) {
        return n.getText();
    }

    @Test
    void aTextTheColumnHoldsIsKeptAsItIs() {
        String exactly = "ệ".repeat(Notification.MAX_TEXT);
        assertEquals(exactly, text(new Notification("hlhpn", exactly, LocalDateTime.now())));
    }

    @Test
    void aLongerTextIsCutToTheColumnWithAnEllipsis() {
        String stored = text(new Notification("hlhpn", "a".repeat(1500), LocalDateTime.now()));
        assertEquals(Notification.MAX_TEXT, stored.length());
        assertEquals("a".repeat(Notification.MAX_TEXT - 1) + "…", stored);
    }

    @Test
    void anEmojiAtTheCutIsLeftOutWholeNeverHalved() {
        // the emoji's two UTF-16 halves sit at positions 998 and 999: a cut after 999 characters would split it
        String text = "a".repeat(Notification.MAX_TEXT - 2) + "😀" + "b".repeat(50);
        String stored = text(new Notification("hlhpn", text, LocalDateTime.now()));
        assertTrue(stored.length() <= Notification.MAX_TEXT, "fits the column");
        assertEquals("a".repeat(Notification.MAX_TEXT - 2) + "…", stored);
        assertFalse(stored.chars().anyMatch(c -> Character.isSurrogate((char) c)), "no half of a character: " + stored);
    }
}
