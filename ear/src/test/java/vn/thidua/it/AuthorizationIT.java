package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, through real logins: the same tests run twice, against the portal in
 * demo mode (FORM login, roles from the demo realm) and in single sign-on mode (login through
 * the OpenID Connect provider, roles and unit mapped from its claims). Every call goes
 * through the pages or the JSON API down to the EJBs, so a pass in both runs shows that
 * {@code @RolesAllowed} and the data checks see the same caller either way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationIT {

    private static long bloc01;
    private static long bloc03;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @BeforeAll
    static void findBlocs() throws Exception {
        JsonObject page = PortalClient.loggedIn(Person.BOARD_LEADER).get("/api/blocs?year=2024&size=50").json().asJsonObject();
        for (JsonValue row : page.getJsonArray("rows")) {
            JsonObject bloc = row.asJsonObject();
            if ("KTD01".equals(bloc.getString("code"))) {
                bloc01 = bloc.getJsonNumber("blocId").longValue();
            } else if ("KTD03".equals(bloc.getString("code"))) {
                bloc03 = bloc.getJsonNumber("blocId").longValue();
            }
        }
        assertTrue(bloc01 > 0 && bloc03 > 0, "the demo blocs 01 and 03: " + page);
    }

    @Test
    void theBusinessLayerSeesTheBoardLeaderWithTheRoleAndNoUnit() throws Exception {
        JsonObject me = PortalClient.loggedIn(Person.BOARD_LEADER).get("/api/me").json().asJsonObject();
        assertEquals("lanhdaoban", me.getString("username"));
        assertEquals(List.of("board_leader"), strings(me.getJsonArray("roles")));
        assertTrue(!me.containsKey("unitCode") || me.isNull("unitCode"), "Board staff represent no unit: " + me);
    }

    @Test
    void theBusinessLayerSeesTheWomenUnionRepresentativeWithTheirUnit() throws Exception {
        JsonObject me = PortalClient.loggedIn(Person.WOMEN_UNION).get("/api/me").json().asJsonObject();
        assertEquals("hlhpn", me.getString("username"));
        assertEquals(List.of("member_representative"), strings(me.getJsonArray("roles")));
        assertEquals("HLHPN", me.getString("unitCode"));
        assertEquals("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", me.getString("unitName"));
    }

    @Test
    void theBoardLeaderListsEveryBlocButHasNoBlocsOfTheirOwn() throws Exception {
        PortalClient leader = PortalClient.loggedIn(Person.BOARD_LEADER);
        PortalClient.Answer list = leader.get("/api/blocs?year=2024&size=200");
        assertEquals(200, list.status());
        // other test classes may add blocs to 2024: the demo's four blocs are what must be there, each once
        JsonObject page = list.json().asJsonObject();
        List<JsonObject> rows = page.getJsonArray("rows").getValuesAs(JsonObject.class);
        List<String> demo = rows.stream().map(r -> r.getString("code")).filter(c -> c.matches("KTD0[1-4]")).sorted().toList();
        assertEquals(List.of("KTD01", "KTD02", "KTD03", "KTD04"), demo, "every demo bloc of 2024: " + page);
        assertTrue(rows.stream().allMatch(r -> r.getInt("year") == 2024), "2024 rows only: " + page);
        assertEquals(rows.size(), page.getJsonNumber("total").intValue(), "every bloc of 2024 listed: " + page);
        PortalClient.Answer mine = leader.get("/api/blocs/mine");
        assertEquals(403, mine.status(), "myBlocs() is for member representatives only");
        assertEquals("Bạn không có quyền thực hiện thao tác này.", mine.json().asJsonObject().getString("error"));
        assertEquals(200, leader.get("/api/blocs/" + bloc03 + "/years/2024").status());
    }

    @Test
    void aMemberReadsTheirOwnBlocAndIsRefusedAnother() throws Exception {
        PortalClient women = PortalClient.loggedIn(Person.WOMEN_UNION);
        JsonArray mine = women.get("/api/blocs/mine").json().asJsonArray();
        assertTrue(mine.stream().map(JsonValue::asJsonObject)
                .anyMatch(b -> "KTD03".equals(b.getString("code")) && b.getInt("year") == 2024), mine.toString());

        PortalClient.Answer own = women.get("/api/blocs/" + bloc03 + "/years/2024");
        assertEquals(200, own.status());
        assertEquals(5, own.json().asJsonObject().getJsonArray("members").size());

        PortalClient.Answer other = women.get("/api/blocs/" + bloc01 + "/years/2024");
        assertEquals(403, other.status(), "the data check: the Women's Union is no member of Bloc 01");
        assertEquals("Bạn không có quyền thực hiện thao tác này.", other.json().asJsonObject().getString("error"));

        assertEquals(403, women.get("/api/blocs?year=2024").status(), "the Board's list is refused by @RolesAllowed");
    }

    @Test
    void theDataCheckFollowsTheUnitOfEachMember() throws Exception {
        PortalClient finance = PortalClient.loggedIn(Person.FINANCE);
        assertEquals(200, finance.get("/api/blocs/" + bloc01 + "/years/2024").status());
        assertEquals(403, finance.get("/api/blocs/" + bloc03 + "/years/2024").status());
        JsonObject me = finance.get("/api/me").json().asJsonObject();
        assertEquals("STC", me.getString("unitCode"));
    }

    @Test
    void boardPagesFollowTheRoles() throws Exception {
        PortalClient women = PortalClient.loggedIn(Person.WOMEN_UNION);
        PortalClient.Answer refused = women.get("/board/blocs/list.xhtml");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("Không có quyền truy cập"), "the 403 page");
        assertEquals(200, women.get("/blocs/mine.xhtml").status());

        PortalClient leader = PortalClient.loggedIn(Person.BOARD_LEADER);
        PortalClient.Answer list = leader.get("/board/blocs/list.xhtml");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("KTD03"), "the Board's bloc list");
        assertEquals(403, leader.get("/board/blocs/edit.xhtml").status(), "editing blocs is the specialist's");
        assertEquals(403, leader.get("/board/units/list.xhtml").status());

        PortalClient specialist = PortalClient.loggedIn(Person.BOARD_SPECIALIST);
        assertEquals(200, specialist.get("/board/units/list.xhtml").status());
        assertEquals(200, specialist.get("/board/audit/list.xhtml").status());
    }

    @Test
    void theBallotApiTakesReceiptsInTheBodyAndKeepsVotingToMemberRepresentatives() throws Exception {
        PortalClient women = PortalClient.loggedIn(Person.WOMEN_UNION);
        PortalClient.Answer unknown = women.post("/api/ballots/999999/receipts", "{\"receipt\": \"" + "ab".repeat(32) + "\"}");
        assertEquals(404, unknown.status(), "the receipt goes in the body; no such ballot: " + unknown.body());
        assertEquals(400, women.post("/api/ballots/999999/receipts", "{}").status(), "a receipt is required");
        assertEquals(404, women.get("/api/ballots/999999/receipts/ABCD-EFGH-JKLM-NPQR").status(),
                "no receipt in an address any more");
        assertEquals(200, women.get("/api/ballots/mine").status());

        PortalClient leader = PortalClient.loggedIn(Person.BOARD_LEADER);
        assertEquals(403, leader.get("/api/ballots/mine").status(), "voting is for member representatives");
        assertEquals(403, leader.post("/api/ballots/999999/votes", "{\"choices\": {}}").status());
        PortalClient.Answer encrypted = leader.post("/api/ballots/999999/encrypted-votes", "{}");
        assertEquals(403, encrypted.status(), encrypted.body());
        assertEquals("Bạn không có quyền thực hiện thao tác này.", encrypted.json().asJsonObject().getString("error"));
        assertEquals(404, leader.get("/api/ballots/999999/record").status(), "the Board reads ballots: no such ballot");
    }

    @Test
    void theSessionIdChangesAtLoginAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        PortalClient client = PortalClient.anonymous();
        java.net.http.HttpResponse<String> loginPage = client.page("/login.xhtml");
        String setCookie = loginPage.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + loginPage.headers().map()));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        String before = client.cookie("JSESSIONID");

        client.logIn(Person.WOMEN_UNION);
        String after = client.cookie("JSESSIONID");
        assertNotEquals(before, after, "a new session id at login");
        assertEquals(200, client.get("/api/me").status());

        PortalClient.Answer stale = PortalClient.withSessionId(before).get("/api/me");
        assertFalse(stale.body().contains("\"username\":\"hlhpn\""),
                "the id from before the login carries no login: " + stale.status());
        assertEquals(401, stale.status(), stale.body());
    }

    @Test
    void anApiCallWithoutALoginIsAnswered401InJsonNotWithTheLoginPage() throws Exception {
        PortalClient.Answer answer = PortalClient.anonymous().get("/api/blocs/mine");
        assertEquals(401, answer.status(), answer.body());
        assertEquals("Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.", answer.json().asJsonObject().getString("error"));

        // a client that accepts anything (curl's */*) is not sent to a login page either
        java.net.http.HttpResponse<String> any = PortalClient.anonymous().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(PortalClient.BASE + "/api/me")).header("Accept", "*/*")
                .header("Accept-Language", "en").GET().build());
        assertEquals(401, any.statusCode(), any.body());
        assertTrue(any.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), any.headers().map().toString());
        assertTrue(any.body().contains("You are not logged in"), any.body());
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
