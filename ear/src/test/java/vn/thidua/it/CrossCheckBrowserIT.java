package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15, item 3 in the browser, on the scores page of a bloc of its own in 2069
 * ({@link CrossCheckBrowserFixture}): the Women's Union cross-checks the Youth Union's score
 * and is told to give a reason for the change, then sends it with one; the page shows the
 * proposed points and the reason. The leader (Youth Union) tries to finalise its own unit and
 * is told the deputy does it; the deputy (Farmers' Association) finalises, and the ranking and
 * the page show the final points and who finalised them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossCheckBrowserIT extends BrowserSupport {

    private static final String YOUTH = "Tỉnh đoàn Đắk Nông";
    private static String scoresPage;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(CrossCheckBrowserFixture.class);
    }

    @BeforeAll
    static void fixture() throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                BASE + "-tests/xcheck-fixture")).GET().timeout(Duration.ofMinutes(3)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, made.statusCode(), made.body());
        String bloc = made.body().trim().substring("bloc=".length());
        scoresPage = BASE + "/year/scores.xhtml?bloc=" + bloc + "&year=" + CrossCheckBrowserFixture.YEAR;
    }

    @Test
    void theCrossCheckerGivesReasonsAndTheDeputyFinalisesTheLeadersUnit() {
        login("hlhpn");
        driver.get(scoresPage);
        WebElement points = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=':checkPoints']")));
        assertTrue(textOf(By.id("crossCheckForm")).contains("Đơn vị mình chấm chéo điểm của " + YOUTH),
                textOf(By.id("crossCheckForm")));
        points.clear();
        points.sendKeys("50");
        driver.findElement(By.cssSelector(".submit-cross-check")).click();
        wait.until(d -> messagesText().contains("Cần ghi lý do khi đổi điểm của tiêu chí \"Thực hiện nhiệm vụ chính trị\""));
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=':checkReason']")));
        reason.sendKeys("Thiếu số liệu quý IV");
        driver.findElement(By.cssSelector(".submit-cross-check")).click();
        wait.until(d -> messagesText().contains("Đã gửi kết quả chấm chéo"));
        wait.until(d -> scoreRow(YOUTH).getText().contains("Thiếu số liệu quý IV"));
        assertTrue(scoreRow(YOUTH).getText().contains("50"), scoreRow(YOUTH).getText());
        assertTrue(crossCheckRow(YOUTH).getText().contains("Chờ chốt điểm"), crossCheckRow(YOUTH).getText());
        // proposed points do not count before they are final
        assertTrue(textOf(By.id("reviewForm:ranking")).contains(YOUTH + " 52"), textOf(By.id("reviewForm:ranking")));

        // the leader is refused on its own unit, with the reason
        driver.manage().deleteAllCookies();
        login("tinhdoan");
        driver.get(scoresPage);
        crossCheckRow(YOUTH).findElement(By.cssSelector(".finalise-button")).click();
        confirm();
        wait.until(d -> messagesText().contains("Khối trưởng không chốt điểm của đơn vị mình: khối phó chốt điểm này."));
        assertTrue(crossCheckRow(YOUTH).getText().contains("Chờ chốt điểm"), crossCheckRow(YOUTH).getText());

        // the deputy finalises it; the ranking counts the final points
        driver.manage().deleteAllCookies();
        login("hnd");
        driver.get(scoresPage);
        crossCheckRow(YOUTH).findElement(By.cssSelector(".finalise-button")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã chốt điểm"));
        wait.until(d -> crossCheckRow(YOUTH).getText().contains("Đã chốt"));
        assertTrue(crossCheckRow(YOUTH).getText().contains("Người chốt điểm: hnd"), crossCheckRow(YOUTH).getText());
        wait.until(d -> textOf(By.id("reviewForm:ranking")).contains(YOUTH + " 50"));
    }

    private WebElement crossCheckRow(String unitName) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='crossCheckForm:crossChecks_data']/tr[td[1][normalize-space()='" + unitName + "']]")));
    }

    private WebElement scoreRow(String unitName) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='reviewForm:all_data']/tr[td[1][normalize-space()='" + unitName + "']]")));
    }

    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    }
}
