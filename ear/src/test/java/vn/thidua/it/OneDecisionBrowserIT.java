package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One decision for many proposals in the browser (issue 15, item 1): the Board leader opens
 * "Tờ trình tổng hợp", chooses the province and 2055, sees the two blocs' proposals that
 * await the Chair, makes the consolidated submission (confirming), records the Chair's one
 * decision on it (confirming), and finds the awards of both blocs under that number in the
 * registry. The proposals come from {@link OneDecisionServlet} (year 2055 only).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneDecisionBrowserIT extends BrowserSupport {

    private static final int YEAR = 2055;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(OneDecisionFixture.class, OneDecisionServlet.class);
    }

    @Test
    void theBoardConsolidatesTwoBlocsAndRecordsOneDecisionForBoth() throws Exception {
        Map<String, Long> ids = fixture();
        String blocB = OneDecisionFixture.blocBName(YEAR);

        login("lanhdaoban");
        driver.findElement(By.cssSelector("[id$='mSubmissions']")).click(); // the menu item (menuForm:mSubmissions)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subs:awaiting")));
        Select province = new Select(driver.findElement(By.id("subs:province")));
        // Đắk Nông's blocs are Lâm Đồng's from the 2025 merger on (the demo data applies it)
        if (!"Lâm Đồng".equals(province.getFirstSelectedOption().getText().trim())) {
            WebElement before = driver.findElement(By.id("subs:year"));
            province.selectByVisibleText("Lâm Đồng"); // the form is drawn again for the province
            wait.until(ExpectedConditions.stalenessOf(before));
        }
        WebElement year = wait.until(ExpectedConditions.elementToBeClickable(By.id("subs:year")));
        // typed over (no clear(): that fires a change of its own), then Tab leaves the field and the page loads the year
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(YEAR), Keys.TAB);
        wait.until(d -> textOf(By.id("subs:awaiting")).contains(blocB));
        String awaiting = textOf(By.id("subs:awaiting"));
        assertTrue(awaiting.contains("Khối thi đua số 03"), awaiting);
        assertTrue(awaiting.contains("Bằng khen của Chủ tịch UBND tỉnh: Sở Xây dựng tỉnh Đắk Nông"), awaiting);

        driver.findElement(By.id("subs:consolidate")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã lập tờ trình tổng hợp số"));
        String made = textOf(By.id("subs:made"));
        assertTrue(made.matches("(?s).*\\d+/TTr-BTĐKT.*"), made);
        assertTrue(made.contains(blocB) && made.contains("Khối thi đua số 03"), made);
        assertTrue(made.contains("Chờ Chủ tịch quyết định"), made);
        assertTrue(textOf(By.id("subs:awaiting")).contains("Không có tờ trình nào chờ tổng hợp."));

        String number = "B" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        WebElement numberField = driver.findElement(By.id("subs:decisionNumber"));
        numberField.clear();
        numberField.sendKeys(number);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '30/12/2055';",
                driver.findElement(By.id("subs:decidedOn_input")));
        driver.findElement(By.id("subs:signer")).sendKeys("Chủ tịch UBND tỉnh Đắk Nông");
        driver.findElement(By.id("subs:decide")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã ghi quyết định số " + number));
        assertTrue(textOf(By.id("subs:made")).contains("Đã có quyết định"));

        // both proposals are decided, and the registry lists both blocs' awards under the one number and date
        for (String proposal : new String[] {"proposal03", "proposalB"}) {
            driver.get(BASE + "/proposals/view.xhtml?id=" + ids.get(proposal));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposalState")));
            assertTrue(textOf(By.id("proposalState")).contains("Đã có quyết định"), proposal);
        }
        driver.get(BASE + "/registry/search.xhtml");
        WebElement decision = wait.until(ExpectedConditions.elementToBeClickable(By.id("registry:decision")));
        decision.sendKeys(number);
        driver.findElement(By.id("registry:search")).click();
        wait.until(d -> textOf(By.id("registry:awards")).contains(number));
        String awards = textOf(By.id("registry:awards"));
        assertTrue(awards.contains(blocB) && awards.contains("Khối thi đua số 03"), awards);
        assertEquals(4, awards.split(number + " \\(30/12/2055\\)", -1).length - 1, awards);
    }

    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    }

    private static Map<String, Long> fixture() throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE.replace("/thidua", "/thidua-tests") + "/one-decision?year=" + YEAR))
                .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, made.statusCode(), made.body());
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String line : made.body().split("\n")) {
            if (line.contains("=")) {
                ids.put(line.substring(0, line.indexOf('=')), Long.valueOf(line.substring(line.indexOf('=') + 1).trim()));
            }
        }
        return ids;
    }
}
