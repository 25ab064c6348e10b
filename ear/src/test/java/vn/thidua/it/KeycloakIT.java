package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal against a real Keycloak (the distribution from Maven Central) whose realm was
 * built by the README's script, config/keycloak/realm-setup.sh (see OidcProviderForTests):
 * discovery, roles from Keycloak's nested {@code realm_access.roles} granted through groups,
 * the agency code from a user attribute the realm's user profile declares, names in
 * Vietnamese order from {@code family_name} and {@code given_name}, Keycloak's own login page
 * and its single sign-on session (which only an RP-initiated logout ends), and the guide's
 * way to try the API: a token from the test client, while the portal's own client refuses
 * the password grant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakIT extends BrowserSupport {

    private static final String REALM = "http://localhost:" + System.getProperty("it.oidc.port") + "/realms/thidua";
    private static final String KC_PASSWORD = OidcProviderForTests.KEYCLOAK_SAMPLE_PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    void theBoardLeaderLogsInOnKeycloakAndGetsTheBoardPagesFromTheGroupsRealmRole() {
        keycloakLogin("lanhdaoban");
        // Keycloak's "name" claim says "Hùng Trần Văn" (given name first); the portal composes
        // family name "Trần Văn" and given name "Hùng" in Vietnamese order
        assertEquals("Trần Văn Hùng", textOf(By.id("headerForm:who")));
        assertFalse(driver.findElements(By.id("menuForm:mBlocs")).isEmpty(), "the Board's bloc list in the menu");
        driver.get(BASE + "/board/blocs/list.xhtml");
        assertTrue(textOf(By.id("blocs:table_data")).contains("KTD03"), "the Board's bloc list");
    }

    @Test
    void theWomenUnionRepresentativeIsLinkedThroughTheDeclaredUnitAttributeAndRefusedTheBoardPages() {
        keycloakLogin("hlhpn");
        // without the user profile's ma_don_vi, Keycloak 24+ drops the attribute and she would
        // land on the "unit not in the registry" page
        assertEquals("Nguyễn Thị Mai", textOf(By.id("headerForm:who")));
        assertTrue(textOf(By.id("headerForm")).contains("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông"));
        driver.get(BASE + "/blocs/mine.xhtml");
        assertTrue(driver.getPageSource().contains("Khối thi đua số 03"), "Bloc No. 03 among the member's blocs");
        driver.get(BASE + "/board/blocs/list.xhtml");
        assertEquals("Không có quyền truy cập", textOf(By.id("errorTitle")));
    }

    @Test
    void logoutEndsTheKeycloakSessionSoTheNextVisitAsksForThePasswordAgain() {
        keycloakLogin("lanhdaoban");
        textOf(By.id("welcome"));
        driver.findElement(By.id("headerForm:logout")).click();
        // without the end of Keycloak's own session, Keycloak would log the browser straight back in
        waitForKeycloakLogin();
        driver.get(BASE + "/board/blocs/list.xhtml");
        waitForKeycloakLogin();
    }

    @Test
    void theGuidesTestClientGivesTokensThatOpenTheApiWhileThePortalsClientRefusesThePasswordGrant() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // the portal's confidential client logs people in through the browser only
        HttpResponse<String> refusedGrant = tokenRequest(http, "grant_type=password&scope=openid&client_id=thidua-portal"
                + "&client_secret=kc-it-secret&username=hlhpn&password=" + URLEncoder.encode(KC_PASSWORD, StandardCharsets.UTF_8));
        assertTrue(List.of(400, 401).contains(refusedGrant.statusCode()), refusedGrant.statusCode() + " " + refusedGrant.body());
        assertTrue(refusedGrant.body().contains("unauthorized_client"), refusedGrant.body());

        // the README's commands: a token from the test client, then an API call with it
        String member = testClientToken(http, "hlhpn");
        HttpResponse<String> me = api(http, member, "/api/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject caller = json(me.body());
        assertEquals("HLHPN", caller.getString("unitCode"), me.body());
        assertEquals("Nguyễn Thị Mai", caller.getString("displayName"), me.body());
        HttpResponse<String> mine = api(http, member, "/api/blocs/mine");
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"code\":\"KTD03\""), "Bloc No. 03 among the member's blocs: " + mine.body());

        HttpResponse<String> boardList = api(http, testClientToken(http, "lanhdaoban"), "/api/blocs?year=2024&size=200");
        assertEquals(200, boardList.statusCode(), "the Board's bloc list for the Board leader: " + boardList.body());
        assertTrue(boardList.body().contains("\"code\":\"KTD03\""), boardList.body());
        assertEquals(403, api(http, member, "/api/blocs?year=2024").statusCode(), "a member may not list the Board's blocs");
    }

    @Test
    void tokensKeycloakIssuedToAnotherClientAreRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = tokenRequest(http, "grant_type=password&scope=openid&client_id=another-app"
                + "&client_secret=another-secret&username=hlhpn&password=" + URLEncoder.encode(KC_PASSWORD, StandardCharsets.UTF_8));
        assertEquals(200, token.statusCode(), token.body());
        HttpResponse<String> refused = api(http, json(token.body()).getString("access_token"), "/api/me");
        assertEquals(401, refused.statusCode(), "a token Keycloak issued to another client");
    }

    private void keycloakLogin(String username) {
        driver.get(BASE + "/index.xhtml");
        waitForKeycloakLogin();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(KC_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(BASE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:who")));
    }

    private void waitForKeycloakLogin() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(driver.getCurrentUrl().startsWith(REALM + "/"), driver.getCurrentUrl());
    }

    /** The README's token command: the password grant of the public test client. */
    private static String testClientToken(HttpClient http, String username) throws Exception {
        HttpResponse<String> token = tokenRequest(http, "grant_type=password&scope=openid&client_id="
                + OidcProviderForTests.KEYCLOAK_TEST_CLIENT + "&username=" + username
                + "&password=" + URLEncoder.encode(KC_PASSWORD, StandardCharsets.UTF_8));
        assertEquals(200, token.statusCode(), token.body());
        return json(token.body()).getString("access_token");
    }

    private static HttpResponse<String> tokenRequest(HttpClient http, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> api(HttpClient http, String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
