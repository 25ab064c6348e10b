package vn.thidua.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    private static final String MAP = "thidua-lanh-dao-ban=board_leader, thidua-chuyen-vien=board_specialist;"
            + "thidua-don-vi=member_representative";

    @Test
    void keycloakRealmRolesAreFoundThroughADottedPath() {
        ClaimMapping mapping = new ClaimMapping(SsoSettings.parse("realm_access.roles", MAP, "agency_code", "name", "", "", ""));
        ClaimMapping.Mapped mapped = mapping.map(json("""
                {"realm_access": {"roles": ["offline_access", "thidua-lanh-dao-ban"]}, "name": "Trần Văn Hùng"}"""), null);
        assertEquals(Set.of("board_leader"), mapped.roles());
        assertEquals("Trần Văn Hùng", mapped.displayName());
        assertNull(mapped.unitCode());
    }

    @Test
    void groupsAndTheUnitComeFromTheIdTokenWhenTheAccessTokenLacksThem() {
        ClaimMapping mapping = new ClaimMapping(SsoSettings.parse("groups", MAP, "ma_don_vi", "name", "", "", ""));
        ClaimMapping.Mapped mapped = mapping.map(json("{\"sub\": \"x\"}"),
                json("{\"groups\": [\"thidua-don-vi\", \"other\"], \"ma_don_vi\": \"HLHPN\"}"));
        assertEquals(Set.of("member_representative"), mapped.roles());
        assertEquals("HLHPN", mapped.unitCode());
    }

    @Test
    void aSingleGroupAsAStringAndCommaSeparatedListsAreRead() {
        ClaimMapping mapping = new ClaimMapping(SsoSettings.parse("groups", MAP, "agency_code", "name", "", "", ""));
        assertEquals(Set.of("member_representative"), mapping.map(json("{\"groups\": \"thidua-don-vi\"}"), null).roles());
        assertEquals(Set.of("board_leader", "board_specialist"),
                mapping.map(json("{\"groups\": \"thidua-chuyen-vien, thidua-lanh-dao-ban\"}"), null).roles());
    }

    @Test
    void keycloakNamesShowFamilyNameFirstByDefaultAndAsTheProviderSaysWhenConfigured() {
        // Keycloak's "name" is given name then family name
        JsonObject keycloak = json("""
                {"name": "Hùng Trần Văn", "given_name": "Hùng", "family_name": "Trần Văn"}""");
        assertEquals("Trần Văn Hùng", new ClaimMapping(SsoSettings.parse("groups", MAP, "agency_code", "name", "", "", ""))
                .map(keycloak, null).displayName());
        assertEquals("Hùng Trần Văn", new ClaimMapping(SsoSettings.parse("groups", MAP, "agency_code", "name", "western", "", ""))
                .map(keycloak, null).displayName());
        assertEquals("Hùng Trần Văn", new ClaimMapping(SsoSettings.parse("groups", MAP, "agency_code", "name", "name-claim", "", ""))
                .map(keycloak, null).displayName());
    }

    @Test
    void theNamePartsMayComeFromTheIdTokenAndTheFullNameStaysTheFallback() {
        ClaimMapping mapping = new ClaimMapping(SsoSettings.parse("groups", MAP, "agency_code", "ho_ten", "", "", ""));
        assertEquals("Nguyễn Thị Mai", mapping.map(json("{\"sub\": \"x\"}"),
                json("{\"given_name\": \"Thị Mai\", \"family_name\": \"Nguyễn\"}")).displayName());
        assertEquals("Lê, Văn Tám", mapping.map(json("{\"ho_ten\": \"Lê, Văn Tám\"}"), null).displayName(),
                "a full name with a comma is one name");
        assertNull(mapping.map(json("{\"sub\": \"x\"}"), null).displayName(), "no name claim: the login name is shown");
    }

    @Test
    void aNameOrderThatIsNoneOfTheThreeIsRefused() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> SsoSettings.parse("groups", MAP, "agency_code", "name", "ho-ten-dem", "", ""));
        assertTrue(wrong.getMessage().contains("vietnamese, western, name-claim"), wrong.getMessage());
    }

    @Test
    void aClaimNamedWithDotsIsFoundAsIs() {
        ClaimMapping mapping = new ClaimMapping(SsoSettings.parse("http://wso2.org/claims/role", MAP, "agency_code", "name", "", "", ""));
        assertEquals(Set.of("board_specialist"),
                mapping.map(json("{\"http://wso2.org/claims/role\": [\"thidua-chuyen-vien\"]}"), null).roles());
    }

    @Test
    void unmappedGroupsGiveNoRole() {
        ClaimMapping mapping = new ClaimMapping(SsoSettings.parse("groups", MAP, "agency_code", "name", "", "", ""));
        assertTrue(mapping.map(json("{\"groups\": [\"board_leader\", \"admins\"]}"), null).roles().isEmpty(),
                "a portal role name in the claim is not itself a mapping");
    }

    @Test
    void theClaimsOfACompactTokenAreRead() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"name\": \"Hoàng Văn Tài\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("Hoàng Văn Tài", ClaimMapping.claims("eyJhbGciOiJSUzI1NiJ9." + payload + ".c2ln").getString("name"));
        assertNull(ClaimMapping.claims("not-a-token"));
    }

    @Test
    void aRoleMapNamingNoPortalRoleIsRefused() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> SsoSettings.parse("groups", "thidua-admin=admin", "agency_code", "name", "", "", ""));
        assertTrue(wrong.getMessage().contains("'admin' is not a portal role"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SsoSettings.parse("groups", "thidua-admin", "agency_code", "name", "", "", ""));
        assertThrows(IllegalArgumentException.class,
                () -> SsoSettings.parse("groups", "", "agency_code", "name", "", "chairman", ""));
    }

    @Test
    void pageRulesTakeTheMostSpecificPattern() {
        assertTrue(PageAccess.allows("/board/audit/list.xhtml", Set.of("administrator")));
        assertFalse(PageAccess.allows("/board/blocs/list.xhtml", Set.of("administrator")));
        assertFalse(PageAccess.allows("/board/blocs/edit.xhtml", Set.of("board_leader")));
        assertTrue(PageAccess.allows("/board/blocs/edit.xhtml", Set.of("board_specialist")));
        assertFalse(PageAccess.allows("/board/units/list.xhtml", Set.of("board_leader")));
        assertTrue(PageAccess.allows("/board/dashboard/view.xhtml", Set.of("board_leader")));
        assertFalse(PageAccess.allows("/board/dashboard/view.xhtml", Set.of("member_representative")));
        assertTrue(PageAccess.allows("/blocs/mine.xhtml", Set.of("member_representative")));
        assertTrue(PageAccess.allows("/boardroom.xhtml", Set.of("member_representative")), "/board/* is a folder, not a prefix");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
