package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The bloc's regulation on the bloc page (issue 15, item 8), in the browser, on a bloc of its
 * own in 2097 (five departments of Bloc No. 01, led by the Department of Finance): the bloc
 * page says there is no regulation yet; the leader drafts one (a title and two articles),
 * records the year-end conference with its attendance, adopts the draft there after a
 * confirmation; the bloc page then shows the regulation in force with its articles, the
 * conference and day that adopted it and its number, and its history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegulationBrowserIT extends BrowserSupport {

    private static final int YEAR = 2097;
    private static final List<String> UNITS = List.of("Sở Tài chính tỉnh Đắk Nông", "Sở Kế hoạch và Đầu tư tỉnh Đắk Nông",
            "Sở Nội vụ tỉnh Đắk Nông", "Sở Tư pháp tỉnh Đắk Nông", "Thanh tra tỉnh Đắk Nông");
    private static final String TITLE = "Quy chế hoạt động của Khối thi đua các cơ quan tổng hợp";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theRegulationAdoptedAtTheConferenceIsShownOnTheBlocPageWithItsHistory() {
        login("chuyenvien");
        fillBlocForm(YEAR, UNITS, "KTDQC-" + YEAR, "Khối thi đua các cơ quan tổng hợp – quy chế " + YEAR,
                "Sở Tài chính tỉnh Đắk Nông", "Sở Nội vụ tỉnh Đắk Nông");
        driver.findElement(By.id("edit:save")).click();
        wait.withMessage(() -> "messages: " + messagesText()).until(d -> messagesText().contains("Đã lưu khối"));
        driver.manage().deleteAllCookies();

        login("sotc");
        openMyBloc(YEAR);
        String blocPage = driver.getCurrentUrl();
        assertTrue(textOf(By.id("regulation")).contains("Khối chưa có quy chế hoạt động được hội nghị thông qua"),
                textOf(By.id("regulation")));

        // the leader drafts the regulation: a title and two articles
        wait.until(ExpectedConditions.elementToBeClickable(By.id("openRegulation"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draftForm:title"))).sendKeys(TITLE);
        driver.findElement(By.id("draftForm:articles:0:heading")).sendKeys("Tổ chức của khối");
        driver.findElement(By.id("draftForm:articles:0:text")).sendKeys("Khối gồm năm cơ quan tổng hợp của tỉnh.");
        driver.findElement(By.id("draftForm:addArticle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draftForm:articles:1:heading")))
                .sendKeys("Chế độ họp");
        driver.findElement(By.id("draftForm:articles:1:text")).sendKeys("Khối họp sơ kết giữa năm và tổng kết cuối năm.");
        driver.findElement(By.id("draftForm:saveDraft")).click();
        wait.withMessage(() -> "messages: " + messagesText())
                .until(d -> messagesText().contains("Đã lưu dự thảo quy chế"));
        assertTrue(textOf(By.cssSelector(".regulation-status")).contains("Dự thảo"));

        // the year-end conference, its attendance proposed from the members' representatives
        openPage("Hội nghị");
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:heldOn_input")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '26/12/" + YEAR + "';", date);
        driver.findElement(By.id("meetingForm:place")).sendKeys("Hội trường Sở Tài chính");
        driver.findElement(By.id("meetingForm:chair")).sendKeys("Giám đốc Sở Tài chính");
        driver.findElement(By.id("meetingForm:saveMeeting")).click();
        wait.withMessage(() -> "messages: " + messagesText()).until(d -> messagesText().contains("Đã lưu hội nghị"));

        // adopted there, after a confirmation
        openPage("Quy chế");
        Select conference = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adoptForm:conference"))));
        conference.selectByIndex(1);
        driver.findElement(By.id("adoptForm:adopt")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        wait.withMessage(() -> "messages: " + messagesText())
                .until(d -> messagesText().contains("Đã thông qua phiên bản 1 của quy chế"));

        // the bloc page shows it in force, with its articles, conference, day, number and history
        driver.get(blocPage);
        String shown = textOf(By.id("regulation"));
        for (String expected : List.of(TITLE, "Tổ chức của khối", "Khối gồm năm cơ quan tổng hợp của tỉnh.", "Chế độ họp",
                "Thông qua tại Hội nghị tổng kết 26/12/" + YEAR, "/QC-KTDQC-" + YEAR, "Phiên bản 1 – " + TITLE
                        + " (Đang có hiệu lực, 26/12/" + YEAR + ")")) {
            assertTrue(shown.contains(expected), "the bloc page shows \"" + expected + "\":\n" + shown);
        }
    }

    /** Follows the link to another page of the year, as a person would, and waits for that page. */
    private void openPage(String title) {
        WebElement nav = driver.findElement(By.id("yearNav"));
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        wait.until(ExpectedConditions.stalenessOf(nav));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("yearNav")));
    }
}
