package vn.thidua.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The display name of a single sign-on user, in each configurable order. */
class NameOrderTest {

    @Test
    void vietnameseOrderPutsTheFamilyNameFirstWhereverTheMiddleNameIs() {
        assertEquals("Trần Văn Hùng", NameOrder.VIETNAMESE.compose("Trần Văn", "Hùng", "Hùng Trần Văn"));
        assertEquals("Trần Văn Hùng", NameOrder.VIETNAMESE.compose("Trần", "Văn Hùng", null));
        assertEquals("Nguyễn Thị Mai", NameOrder.VIETNAMESE.compose(" Nguyễn ", "Thị  Mai", ""));
    }

    @Test
    void westernOrderPutsTheGivenNameFirst() {
        assertEquals("Hùng Trần Văn", NameOrder.WESTERN.compose("Trần Văn", "Hùng", null));
        assertEquals("Mary Smith", NameOrder.WESTERN.compose("Smith", "Mary", "Smith, Mary"));
    }

    @Test
    void theNameClaimOrderTakesTheProvidersFullNameAndComposesOnlyWithoutIt() {
        assertEquals("Hùng Trần Văn", NameOrder.NAME_CLAIM.compose("Trần Văn", "Hùng", "Hùng Trần Văn"));
        assertEquals("Trần Văn Hùng", NameOrder.NAME_CLAIM.compose("Trần Văn", "Hùng", " "));
    }

    @Test
    void aMissingPartLeavesTheOtherAndNeitherLeavesTheFullName() {
        for (NameOrder order : new NameOrder[] {NameOrder.VIETNAMESE, NameOrder.WESTERN}) {
            assertEquals("Hùng", order.compose(null, "Hùng", "Hùng Trần Văn"), order.value());
            assertEquals("Trần Văn", order.compose("Trần Văn", "  ", "Hùng Trần Văn"), order.value());
            assertEquals("Hùng Trần Văn", order.compose(null, "", "Hùng Trần Văn"), order.value());
        }
        assertNull(NameOrder.VIETNAMESE.compose(null, null, null), "no name at all: the portal shows the login name");
        assertNull(NameOrder.NAME_CLAIM.compose("", null, null));
    }

    @Test
    void theConfigurationValuesAreReadAndAnythingElseIsRefused() {
        assertEquals(NameOrder.VIETNAMESE, NameOrder.parse(null));
        assertEquals(NameOrder.VIETNAMESE, NameOrder.parse(" "));
        assertEquals(NameOrder.VIETNAMESE, NameOrder.parse("vietnamese"));
        assertEquals(NameOrder.WESTERN, NameOrder.parse("Western"));
        assertEquals(NameOrder.NAME_CLAIM, NameOrder.parse(" name-claim "));
        assertEquals("name-claim", NameOrder.NAME_CLAIM.value());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> NameOrder.parse("ho-ten"));
        assertEquals("thidua.sso.name-order: 'ho-ten' is not one of vietnamese, western, name-claim", wrong.getMessage());
    }
}
