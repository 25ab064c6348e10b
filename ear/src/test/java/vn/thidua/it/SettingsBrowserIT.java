package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Board's settings page (issue 15, item 7) as a Board specialist uses it, in the test year
 * 2095: a deadline out of range and a swapped working day on a weekday are refused with their
 * Vietnamese messages after the confirmation; the corrected calendar row is saved and shown
 * again; the next year says whose settings it uses. The filing deadline of Đắk Nông's 2011
 * proposals: a date two years on is refused with its message, 16/01/2012 is saved and shown
 * again, and 2012 does not inherit it.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsBrowserIT extends BrowserSupport {

    private static final int YEAR = 2095;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theBoardSetsTheYearsDeadlineAndCalendarAndIsToldWhatIsWrong() {
        login("chuyenvien");
        driver.get(BASE + "/board/settings/edit.xhtml");
        new Select(driver.findElement(By.id("settings:province"))).selectByVisibleText("Đắk Nông");
        waitForAjax();
        chooseYear(YEAR);
        assertTrue(driver.findElements(By.id("settings:own")).isEmpty(), "2095 has no settings of its own yet");
        assertTrue(textOf(By.id("settings:applies")).contains("đang dùng"), textOf(By.id("settings:applies")));

        // a deadline of 0 working days
        type(By.id("settings:appraisalDays"), "0");
        save();
        wait.until(d -> messagesText().contains("Thời hạn thẩm định phải từ 1 đến 60 ngày làm việc."));

        // a swapped working day on a Friday
        type(By.id("settings:appraisalDays"), "15");
        driver.findElement(By.id("settings:addDay")).click();
        waitForAjax();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings:days:0:day")));
        type(By.id("settings:days:0:day"), "06/05/2095");
        new Select(driver.findElement(By.id("settings:days:0:kind"))).selectByVisibleText("Ngày làm bù");
        type(By.id("settings:days:0:name"), "Làm bù nối lễ");
        save();
        wait.until(d -> messagesText().contains("Dòng 1 của lịch: ngày làm bù phải là thứ Bảy hoặc Chủ nhật, ngày 06/05/2095 là ngày thường."));

        // the Saturday after: saved
        type(By.id("settings:days:0:day"), "07/05/2095");
        save();
        wait.until(d -> messagesText().contains("Đã lưu thiết lập năm 2095."));
        assertFalse(driver.findElements(By.id("settings:own")).isEmpty());

        // opened again: the row and the deadline are there
        driver.get(BASE + "/board/settings/edit.xhtml");
        new Select(driver.findElement(By.id("settings:province"))).selectByVisibleText("Đắk Nông");
        waitForAjax();
        chooseYear(YEAR);
        assertEquals("15", driver.findElement(By.id("settings:appraisalDays")).getAttribute("value"));
        assertEquals("07/05/2095", driver.findElement(By.id("settings:days:0:day")).getAttribute("value"));
        assertEquals("Ngày làm bù", new Select(driver.findElement(By.id("settings:days:0:kind")))
                .getFirstSelectedOption().getText());

        // the next year uses 2095's settings, and says so
        chooseYear(YEAR + 1);
        wait.until(d -> textOf(By.id("settings:applies")).contains("đang dùng thiết lập của năm 2095"));
        assertEquals("15", driver.findElement(By.id("settings:appraisalDays")).getAttribute("value"));
    }

    @Test
    void theBoardSetsTheDateByWhichTheYearsProposalsAreFiled() {
        login("chuyenvien");
        driver.get(BASE + "/board/settings/edit.xhtml");
        new Select(driver.findElement(By.id("settings:province"))).selectByVisibleText("Đắk Nông");
        waitForAjax();
        chooseYear(2011);
        assertEquals("", driver.findElement(By.id("settings:filingDeadline")).getAttribute("value"), "no deadline yet");

        type(By.id("settings:filingDeadline"), "16/01/2013");
        save();
        wait.until(d -> messagesText().contains(
                "Hạn nộp hồ sơ đề nghị khen thưởng năm 2011 phải là một ngày trong năm 2011 hoặc năm 2012."));
        assertTrue(driver.findElements(By.id("settings:own")).isEmpty(), "nothing saved");

        type(By.id("settings:filingDeadline"), "16/01/2012");
        save();
        wait.until(d -> messagesText().contains("Đã lưu thiết lập năm 2011."));

        driver.get(BASE + "/board/settings/edit.xhtml");
        new Select(driver.findElement(By.id("settings:province"))).selectByVisibleText("Đắk Nông");
        waitForAjax();
        chooseYear(2011);
        assertEquals("16/01/2012", driver.findElement(By.id("settings:filingDeadline")).getAttribute("value"));
        // 2012 uses 2011's settings but has no filing deadline until the Board sets one
        chooseYear(2012);
        wait.until(d -> textOf(By.id("settings:applies")).contains("đang dùng thiết lập của năm 2011"));
        assertEquals("", driver.findElement(By.id("settings:filingDeadline")).getAttribute("value"));
    }

    private void chooseYear(int year) {
        // select the old year and type over it: clearing first would fire a change of its own
        WebElement field = driver.findElement(By.id("settings:year"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(year), Keys.TAB);
        waitForAjax();
        wait.until(d -> Integer.toString(year).equals(d.findElement(By.id("settings:year")).getAttribute("value")));
    }

    private void type(By field, String text) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(field));
        e.clear();
        e.sendKeys(text);
    }

    private void save() {
        driver.findElement(By.id("settings:save")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        waitForAjax();
    }
}
