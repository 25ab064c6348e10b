package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal against a real Keycloak (the distribution from Maven Central, realm
 * src/test/keycloak/thidua-realm.json): discovery, roles from Keycloak's nested
 * {@code realm_access.roles}, the agency code from a user attribute, Keycloak's own login
 * page and its single sign-on session, which only an RP-initiated logout ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakIT extends BrowserSupport {

    private static final String REALM = "http://localhost:" + System.getProperty("it.oidc.port") + "/realms/thidua";
    private static final String KC_PASSWORD = "Kc@2024";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    void theBoardLeaderLogsInOnKeycloakAndGetsTheBoardPagesFromRealmRoles() {
        keycloakLogin("lanhdaoban");
        assertEquals("Hùng Trần Văn", textOf(By.id("headerForm:who")));
        assertFalse(driver.findElements(By.id("menuForm:mBlocs")).isEmpty(), "the Board's bloc list in the menu");
        driver.get(BASE + "/board/blocs/list.xhtml");
        assertTrue(textOf(By.id("blocs:table_data")).contains("KTD03"), "the Board's bloc list");
    }

    @Test
    void theWomenUnionRepresentativeIsLinkedThroughTheAgencyAttributeAndRefusedTheBoardPages() {
        keycloakLogin("hlhpn");
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
    void keycloakAccessTokensForThePortalAreAcceptedAndTokensOfAnotherClientAreNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String portalToken = passwordGrant(http, "thidua-portal", "kc-it-secret", "hlhpn");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/me"))
                .header("Authorization", "Bearer " + portalToken).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"unitCode\":\"HLHPN\""), me.body());

        String otherToken = passwordGrant(http, "another-app", "another-secret", "hlhpn");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/me"))
                .header("Authorization", "Bearer " + otherToken).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
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

    private static String passwordGrant(HttpClient http, String client, String secret, String username) throws Exception {
        String form = "grant_type=password&scope=openid&client_id=" + client + "&client_secret=" + secret
                + "&username=" + username + "&password=" + URLEncoder.encode(KC_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        try (JsonReader reader = Json.createReader(new StringReader(token.body()))) {
            return reader.readObject().getString("access_token");
        }
    }
}
