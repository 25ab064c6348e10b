package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import okhttp3.mockwebserver.RecordedRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Single sign-on in the browser: the portal in single sign-on mode (config/oidc.cli), a real
 * OpenID Connect provider on loopback, and people whose groups and agency code come from the
 * provider's claims (the mapping is the build's THIDUA_SSO_* settings, see ear/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoBrowserIT extends BrowserSupport {

    private static final String PROVIDER = "http://localhost:" + System.getProperty("it.oidc.port") + "/thidua";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    void theBoardLeaderGetsTheBoardPagesFromTheRoleClaim() {
        driver.get(BASE + "/login.xhtml");
        assertTrue(textOf(By.id("ssoText")).contains("đăng nhập một lần"), "the login page points to the province's login");
        assertTrue(driver.findElements(By.id("password")).isEmpty(), "no demo password form in single sign-on mode");
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "an anonymous session before the login");

        // the name claims as Keycloak sends them: "name" is given name then family name
        ssoLogin("lanhdao.btdkt", "{\"preferred_username\": \"lanhdao.btdkt\", \"name\": \"Hùng Trần Văn\","
                + " \"family_name\": \"Trần Văn\", \"given_name\": \"Hùng\", \"groups\": [\"thidua-lanh-dao-ban\"]}");
        assertEquals("Trần Văn Hùng", textOf(By.id("headerForm:who")), "the name in Vietnamese order");

        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertNotEquals(before.getValue(), after.getValue(), "a new session id at login");
        assertTrue(after.isHttpOnly(), "session cookie HttpOnly");
        assertEquals("Lax", after.getSameSite(), "session cookie SameSite");

        assertFalse(driver.findElements(By.id("menuForm:mBlocs")).isEmpty(), "the Board's bloc list in the menu");
        driver.get(BASE + "/board/blocs/list.xhtml");
        assertTrue(textOf(By.id("blocs:table_data")).contains("KTD03"), "the Board's bloc list");
        driver.get(BASE + "/board/dashboard/view.xhtml");
        assertTrue(driver.findElements(By.id("errorTitle")).isEmpty(), "the Board's dashboard opens");
        assertTrue(driver.getTitle().startsWith("Tổng quan khen thưởng"), driver.getTitle());
    }

    @Test
    void aWomenUnionMemberSeesTheirBlocAndIsRefusedTheBoardPages() {
        ssoLogin("mai.hlhpn", "{\"preferred_username\": \"mai.hlhpn\", \"name\": \"H'Mai Niê\","
                + " \"groups\": [\"thidua-don-vi\"], \"ma_don_vi\": \"HLHPN\"}");
        assertTrue(textOf(By.id("headerForm")).contains("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông"),
                "the first login linked the new user to the unit of the agency code");
        assertTrue(driver.findElements(By.id("menuForm:mBlocs")).isEmpty(), "no Board list in the menu");

        driver.get(BASE + "/blocs/mine.xhtml");
        assertTrue(driver.getPageSource().contains("Khối thi đua số 03"), "Bloc No. 03 among the member's blocs");

        driver.get(BASE + "/board/blocs/list.xhtml");
        assertEquals("Không có quyền truy cập", textOf(By.id("errorTitle")));
        driver.get(BASE + "/board/dashboard/view.xhtml");
        assertEquals("Không có quyền truy cập", textOf(By.id("errorTitle")));
    }

    @Test
    void aPersonOfAnUnknownUnitGetsTheClearPageAndNothingElse() {
        ssoLogin("nv.soxyz", "{\"preferred_username\": \"nv.soxyz\", \"name\": \"Nguyễn Văn A\","
                + " \"groups\": [\"thidua-don-vi\"], \"ma_don_vi\": \"SXYZ\"}");
        assertEquals("Đơn vị của bạn chưa có trong danh mục đơn vị", textOf(By.id("errorTitle")));
        assertTrue(textOf(By.id("errorText")).contains("«SXYZ»"), driver.findElement(By.id("errorText")).getText());
        assertTrue(textOf(By.id("contactText")).contains("Ban Thi đua - Khen thưởng"));

        for (String page : List.of("/index.xhtml", "/blocs/mine.xhtml", "/registry/search.xhtml", "/board/blocs/list.xhtml")) {
            driver.get(BASE + page);
            assertEquals("Đơn vị của bạn chưa có trong danh mục đơn vị", textOf(By.id("errorTitle")), page);
            assertTrue(driver.getCurrentUrl().endsWith("/error/access.xhtml"), driver.getCurrentUrl());
        }
    }

    @Test
    void logoutEndsTheProviderSessionAndTheNextVisitLandsOnTheProviderLogin() throws Exception {
        ssoLogin("lanhdao.btdkt", "{\"preferred_username\": \"lanhdao.btdkt\", \"name\": \"Trần Văn Hùng\","
                + " \"groups\": [\"thidua-lanh-dao-ban\"]}");
        textOf(By.id("welcome"));
        OidcProviderForTests.receivedRequests();

        driver.findElement(By.id("headerForm:logout")).click();
        waitForProviderLogin();

        List<RecordedRequest> requests = OidcProviderForTests.receivedRequests();
        RecordedRequest endSession = requests.stream()
                .filter(r -> "GET".equals(r.getMethod()) && r.getRequestUrl() != null
                        && r.getRequestUrl().encodedPath().equals("/thidua/endsession"))
                .findFirst().orElseThrow(() -> new AssertionError("the browser was not sent to the end-session endpoint: " + requests));
        assertNotNull(endSession.getRequestUrl().queryParameter("id_token_hint"), "RP-initiated logout names the ID token: " + endSession.getRequestUrl());
        assertEquals(BASE + "/", endSession.getRequestUrl().queryParameter("post_logout_redirect_uri"));

        driver.get(BASE + "/board/blocs/list.xhtml");
        waitForProviderLogin();
    }

    @Test
    void anIdleSessionEndsAndTheNextVisitAsksForALogin() throws Exception {
        ssoLogin("mai.hlhpn", "{\"preferred_username\": \"mai.hlhpn\", \"name\": \"H'Mai Niê\","
                + " \"groups\": [\"thidua-don-vi\"], \"ma_don_vi\": \"HLHPN\"}");
        textOf(By.id("welcome"));
        int idle = Integer.parseInt(System.getProperty("it.session.idle-seconds"));
        Thread.sleep((idle + 5) * 1000L);
        driver.get(BASE + "/blocs/mine.xhtml");
        waitForProviderLogin();
    }

    /** Logs in on the provider's page as a person with the given claims. */
    private void ssoLogin(String username, String claims) {
        driver.get(BASE + "/index.xhtml");
        waitForProviderLogin();
        driver.findElement(By.name("username")).sendKeys(username);
        WebElement claimsField = driver.findElement(By.name("claims"));
        claimsField.clear();
        claimsField.sendKeys(claims);
        driver.findElement(By.cssSelector("input[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(BASE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void waitForProviderLogin() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("claims")));
        assertTrue(driver.getCurrentUrl().startsWith(PROVIDER + "/authorize"), driver.getCurrentUrl());
    }
}
