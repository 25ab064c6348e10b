package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Hostile input (issue 12, item 3), the browser's side: markup typed into the Faces forms
 * (through Chromium, as a person would) is stored and shown back as text, never run. The
 * Board specialist creates a bloc of 2084 whose name is a {@code <script>} element and
 * whose description is an {@code <img onerror>} element; the save message, the Board's
 * list, the bloc's page and its title and the audit trail show them literally, no script sets
 * {@code window.__xss}, no image element appears and no alert opens. A search box given
 * markup (units page) echoes it as text too. HostileInputIT checks the same values stored
 * exactly through the services.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileOutputBrowserIT extends BrowserSupport {

    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.__xss=1\">";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void markupStoredThroughTheBlocFormIsShownAsTextAndNeverRuns() {
        login("chuyenvien");
        String code = "KXS" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String name = SCRIPT + " Khối " + code;

        fillBlocForm(2084, FIVE_UNITS, code, name, FIVE_UNITS.get(0), FIVE_UNITS.get(1));
        driver.findElement(By.id("edit:description")).sendKeys(IMG);
        driver.findElement(By.id("edit:save")).click();

        wait.until(ExpectedConditions.urlContains("/board/blocs/list.xhtml"));
        assertTrue(messagesText().contains("Đã lưu khối"), "success message: " + messagesText());
        assertNothingRan("the save message");

        WebElement yearFilter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("blocs:year")));
        yearFilter.clear();
        yearFilter.sendKeys("2084");
        WebElement text = driver.findElement(By.id("blocs:text"));
        text.clear();
        text.sendKeys(code);
        driver.findElement(By.id("blocs:search")).click();
        waitForAjax();
        String row = "//tbody[@id='blocs:table_data']/tr[td[normalize-space()='" + code + "']]";
        assertTrue(textOf(By.xpath(row)).contains(name), "the list shows the name as text: " + textOf(By.xpath(row)));
        assertNothingRan("the Board's list");

        driver.findElement(By.xpath(row + "//a[contains(@class,'bloc-link')]")).click();
        wait.until(ExpectedConditions.urlContains("/blocs/view.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("blocCode")));
        String page = driver.findElement(By.tagName("body")).getText();
        assertTrue(page.contains(IMG), "the description as text: " + page);
        assertTrue(driver.getTitle().contains(name), "the title as text: " + driver.getTitle());
        assertNothingRan("the bloc's page");

        // the audit trail shows what was saved, the name included
        driver.get(BASE + "/board/audit/list.xhtml");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:text")));
        filter.sendKeys(code);
        driver.findElement(By.id("audit:search")).click();
        String entry = textOf(By.xpath("//tbody[@id='audit:table_data']/tr[td[normalize-space()='Tạo mới']]"));
        assertTrue(entry.contains(SCRIPT), "the audit entry as text: " + entry);
        assertNothingRan("the audit trail");
    }

    @Test
    void markupTypedIntoASearchBoxIsEchoedAsText() {
        login("chuyenvien");
        driver.get(BASE + "/board/units/list.xhtml");
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("units:text")));
        box.sendKeys(IMG + SCRIPT);
        driver.findElement(By.id("units:search")).click();
        waitForAjax();
        assertEquals(IMG + SCRIPT, driver.findElement(By.id("units:text")).getAttribute("value"));
        assertTrue(textOf(By.id("units:table_data")).contains("Không có dữ liệu"), textOf(By.id("units:table_data")));
        assertNothingRan("the units page after the search");
    }

    /** No script of ours ran: {@code window.__xss} is undefined, no image element of ours, no alert. */
    private void assertNothingRan(String where) {
        waitForAjax();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals("undefined", js.executeScript("return typeof window.__xss;"), where + ": a script ran");
        assertEquals(0L, js.executeScript("return document.querySelectorAll('img[src=\"x\"]').length;"),
                where + ": an image element was created from the text");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), where + ": an alert is open");
    }
}
