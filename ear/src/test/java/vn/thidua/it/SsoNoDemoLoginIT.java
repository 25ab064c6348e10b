package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server switched to single sign-on (config/oidc.cli) has no demo logins left: the demo
 * realm is gone from its configuration, a demo account's password opens nothing (neither
 * the FORM login nor HTTP Basic against the API), and no page shows the demo banner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoNoDemoLoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    void theServerConfigurationHasNoDemoRealm() throws Exception {
        String config = Files.readString(Path.of(System.getProperty("jboss.home"),
                "standalone/configuration/standalone-sso.xml"), StandardCharsets.UTF_8);
        assertFalse(config.contains("ThiduaDemoRealm"), "the demo realm is removed");
        assertFalse(config.contains("thidua-users.properties"), "no realm reads the demo accounts' file");
        assertFalse(config.contains("thidua.demo-mode"), "no demo-mode setting");
        assertTrue(config.contains("secure-deployment name=\"web-war.war\""), "single sign-on secures the portal");
    }

    @Test
    void aDemoAccountsPasswordOpensNothing() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        http.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=chuyenvien&j_password=" + BrowserSupport.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, form.statusCode(), "no FORM login in single sign-on mode: " + form.body());
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/api/me"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, me.statusCode(), "the session after the FORM attempt carries no login: " + me.body());

        String basic = Base64.getEncoder().encodeToString(("chuyenvien:" + BrowserSupport.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/api/me"))
                .header("Accept", "application/json").header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "HTTP Basic with a demo account: " + api.body());
        assertFalse(api.body().contains("chuyenvien"));
    }

    @Test
    void noPageShowsTheDemoBanner() throws Exception {
        PortalClient.Answer login = PortalClient.anonymous().get("/login.xhtml");
        assertFalse(login.body().contains("demoBanner") || login.body().contains(DemoModeIT.BANNER), login.body());
        PortalClient leader = PortalClient.loggedIn(Person.BOARD_LEADER);
        PortalClient.Answer home = leader.get("/index.xhtml");
        assertEquals(200, home.status());
        assertFalse(home.body().contains("demoBanner") || home.body().contains(DemoModeIT.BANNER), home.body());
        assertFalse(leader.get("/board/blocs/list.xhtml").body().contains("demoBanner"));
    }
}
