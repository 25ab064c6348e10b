package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages that never strand a user (issue 14, item 10): a logged-in member who opens a Board
 * page (403) or a page that does not exist (404) still has the portal's header, its menu
 * (which takes them on) and a logout button that logs them out; and the Board's audit list,
 * with an entry whose details hold a long unbroken word, fits a 1366 px wide screen (no
 * horizontal scrollbar on the document).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NeverStrandedBrowserIT extends BrowserSupport {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theForbiddenPageKeepsTheMenuAndItsLogoutLogsOut() {
        login("hccb");
        driver.get(BASE + "/board/dashboard/view.xhtml");
        assertEquals("Không có quyền truy cập", textOf(By.id("errorTitle")));
        assertTrue(driver.findElement(By.id("menuForm:mHome")).isDisplayed(), "the menu's home link");
        assertTrue(driver.findElement(By.id("menuForm:mMyBlocs")).isDisplayed(), "the menu's link to the member's blocs");
        assertTrue(textOf(By.id("headerForm:who")).contains("Đỗ Văn Binh"), "who is logged in");
        logOutAndCheck();
    }

    @Test
    void theMissingPageKeepsTheMenuWhichLeadsOnAndItsLogoutLogsOut() {
        login("hccb");
        driver.get(BASE + "/khong-co-trang-nay.xhtml");
        assertEquals("Không tìm thấy trang", textOf(By.id("errorTitle")));
        driver.findElement(By.id("menuForm:mMyBlocs")).click();
        wait.until(ExpectedConditions.urlContains("/blocs/mine.xhtml"));
        assertTrue(driver.findElements(By.id("errorTitle")).isEmpty(), "the member's blocs open from the 404 page's menu");

        driver.get(BASE + "/year/khong-co.xhtml");
        assertEquals("Không tìm thấy trang", textOf(By.id("errorTitle")));
        logOutAndCheck();
    }

    @Test
    void theAuditListFitsA1366PixelWideScreen() {
        login("chuyenvien");
        String code = "PV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String longWord = ("Khốithiđuathửđộrộngmànhình" + code).repeat(6);
        fillBlocForm(2045, FIVE_UNITS, code, longWord, FIVE_UNITS.get(0), FIVE_UNITS.get(1));
        driver.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.urlContains("/board/blocs/list.xhtml"));

        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get(BASE + "/board/audit/list.xhtml");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:text")));
        filter.sendKeys(code);
        driver.findElement(By.id("audit:search")).click();
        waitForAjax();
        wait.until(d -> d.findElement(By.id("audit:table_data")).getText().contains(longWord.substring(0, 60)));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long viewport = (Long) js.executeScript("return window.innerWidth;");
        assertTrue(viewport >= 1300 && viewport <= 1366, "the window is 1366 px wide: " + viewport);
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth;");
        assertTrue(scrollWidth <= clientWidth, "no horizontal scrollbar: the document is " + scrollWidth
                + " px wide in a " + clientWidth + " px window");
        assertTrue(textOf(By.id("audit:table_data")).contains("Khối thi đua"), "the record kind in words");
    }

    /** Logs out with the header's button and checks that the portal asks for a login again. */
    private void logOutAndCheck() {
        WebElement logout = driver.findElement(By.id("headerForm:logout"));
        assertTrue(logout.isDisplayed(), "the logout button");
        logout.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.get(BASE + "/blocs/mine.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(driver.findElements(By.id("menuForm:mMyBlocs")).isEmpty(), "logged out: the login form, not the page");
    }
}
