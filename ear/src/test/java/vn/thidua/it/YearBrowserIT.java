package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Step 5 of the DOMAIN.md story in the browser, on a bloc of its own: the Board specialist
 * saves a bloc of Bloc No. 03's five units for a year no other test uses, led by the Youth
 * Union with the Farmers' Association as deputy (as the 2023 leadership ballot elected for
 * 2024; BallotBrowserIT runs that ballot on the demo bloc). The leader launches the
 * movement and drafts the covenant with criteria; the five members sign, each
 * from its own account; the covenant is in force; an amendment puts it back to awaiting
 * signatures with the earlier version kept. Members get no drafting form and sign only
 * for their own unit. The leader records a joint activity shown the Vietnamese way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class YearBrowserIT extends BrowserSupport {

    private static final List<String> MEMBERS = List.of("hlhpn", "hnd", "hccb", "ldld", "tinhdoan");
    private static final List<String> UNITS = List.of("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "Hội Nông dân tỉnh Đắk Nông",
            "Hội Cựu chiến binh tỉnh Đắk Nông", "Liên đoàn Lao động tỉnh Đắk Nông", "Tỉnh đoàn Đắk Nông");
    /** This class's own year: no other test class has a bloc in it. */
    private static final int YEAR = 2091;
    private static boolean blocSaved;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void leaderLaunchesAndDraftsMembersSignCovenantInForceAmendmentAwaitsSignaturesAgain() {
        saveOwnBlocOnce();
        login("tinhdoan");
        String covenantPage = openOwnYear();

        driver.findElement(By.id("movementForm:title")).sendKeys("Phát động phong trào thi đua năm " + YEAR);
        driver.findElement(By.id("movementForm:content")).sendKeys("Thi đua thực hiện thắng lợi nhiệm vụ năm " + YEAR + ".");
        driver.findElement(By.id("movementForm:launch")).click();
        wait.until(d -> textOf(By.id("movementState")).contains("đã được phát động"));

        // the covenant is drafted on the same page as the movement
        WebElement content = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("covenantForm:content")));
        content.sendKeys("Các đơn vị thành viên cam kết thực hiện tốt các nội dung thi đua năm " + YEAR + ".");
        criterion(0, "Thực hiện nhiệm vụ chính trị được giao", "60");
        addCriterion();
        criterion(1, "Công tác thi đua, khen thưởng", "40");
        driver.findElement(By.id("covenantForm:saveCovenant")).click();
        wait.until(d -> messagesText().contains("Đã lưu dự thảo giao ước"));
        assertEquals("Chờ các đơn vị ký", statuses().get(0));

        for (String member : MEMBERS) {
            switchUser(member, covenantPage);
            // the leader (Youth Union) and the deputy (Farmers' Association) may draft; the others may not
            boolean leads = member.equals("tinhdoan") || member.equals("hnd");
            assertEquals(leads, !driver.findElements(By.id("covenantForm")).isEmpty(), member + ": drafting form");
            assertEquals(1, driver.findElements(By.cssSelector(".sign-button")).size(), "one sign button: own unit");
            driver.findElement(By.cssSelector(".sign-button")).click();
            confirm();
            wait.until(d -> messagesText().contains("Đã ký giao ước cho"));
            assertTrue(driver.findElements(By.cssSelector(".sign-button")).isEmpty(), "signed once only");
        }
        assertEquals("Đang có hiệu lực", statuses().get(0));
        String signatures = textOf(By.cssSelector(".signatures"));
        for (String unit : List.of("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "Hội Nông dân tỉnh Đắk Nông",
                "Hội Cựu chiến binh tỉnh Đắk Nông", "Liên đoàn Lao động tỉnh Đắk Nông", "Tỉnh đoàn Đắk Nông")) {
            assertTrue(signatures.contains(unit), signatures);
        }

        // scoring against the covenant in force: a member scores only its own unit, within the maximum
        switchUser("hlhpn", covenantPage);
        openPage("Chấm điểm");
        assertTrue(driver.findElements(By.id("reviewForm:awardItem")).isEmpty(), "no leader controls for members");
        WebElement points = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoreForm:mine:0:points")));
        points.sendKeys("70");
        driver.findElement(By.cssSelector("#scoreForm\\:mine_data tr:first-child .score-button")).click();
        wait.until(d -> messagesText().contains("vượt quá điểm tối đa 60"));
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoreForm:mine:0:points")));
        again.clear();
        again.sendKeys("55");
        driver.findElement(By.cssSelector("#scoreForm\\:mine_data tr:first-child .score-button")).click();
        wait.until(d -> messagesText().contains("Đã lưu điểm tự chấm"));
        String ranking = textOf(By.id("reviewForm:ranking"));
        assertTrue(ranking.contains("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông 55"), ranking);
        String scores = textOf(By.id("reviewForm:all"));
        assertTrue(scores.contains("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông") && !scores.contains("Tỉnh đoàn Đắk Nông"), scores);

        // nobody reviews their own unit: the leader reviews the Women's Union, not its own score,
        // whose row says who does; the deputy (Farmers' Association) reviews it
        switchUser("tinhdoan", covenantPage);
        openPage("Chấm điểm");
        WebElement own = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoreForm:mine:0:points")));
        own.sendKeys("50");
        driver.findElement(By.cssSelector("#scoreForm\\:mine_data tr:first-child .score-button")).click();
        wait.until(d -> messagesText().contains("Đã lưu điểm tự chấm"));
        assertTrue(reviewRow("Tỉnh đoàn Đắk Nông").findElements(By.tagName("button")).isEmpty(), "no review of its own unit");
        assertTrue(reviewRow("Tỉnh đoàn Đắk Nông").getText().contains("Điểm của đơn vị mình"),
                reviewRow("Tỉnh đoàn Đắk Nông").getText());
        assertEquals(1, reviewRow("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông").findElements(By.tagName("button")).size());
        switchUser("hnd", covenantPage);
        openPage("Chấm điểm");
        reviewRow("Tỉnh đoàn Đắk Nông").findElement(By.tagName("button")).click();
        wait.until(d -> messagesText().contains("Đã duyệt điểm"));
        wait.until(d -> reviewRow("Tỉnh đoàn Đắk Nông").getText().contains("Đã chấp nhận"));

        // the leader amends: a new version that awaits every signature; the signed one stays
        switchUser("tinhdoan", covenantPage);
        WebElement amended = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("covenantForm:content")));
        amended.clear();
        amended.sendKeys("Bản sửa đổi: bổ sung nội dung chuyển đổi số.");
        driver.findElement(By.id("covenantForm:saveCovenant")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã lập bản sửa đổi"));
        assertEquals(List.of("Chờ các đơn vị ký", "Đã được thay thế"), statuses());
        assertTrue(textOf(By.id("versionsForm")).contains("Bản sửa đổi: bổ sung nội dung chuyển đổi số."));
    }

    @Test
    void leaderRecordsJointActivityShownInVietnameseMoneyFormat() {
        saveOwnBlocOnce();
        login("tinhdoan");
        openOwnYear();
        openPage("Hoạt động chung");
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activityForm:title")));
        title.sendKeys("Nhận đỡ đầu trẻ mồ côi tại xã Quảng Sơn");
        driver.findElement(By.id("activityForm:place")).sendKeys("Xã Quảng Sơn, huyện Đắk Glong");
        driver.findElement(By.id("activityForm:value_input")).sendKeys("12000000");
        driver.findElement(By.id("activityForm:activityFile_input")).sendKeys(evidencePdf().toString());
        driver.findElement(By.id("activityForm:saveActivity")).click();
        wait.until(d -> messagesText().contains("Đã lưu hoạt động chung"));
        assertTrue(textOf(By.id("activitiesForm:activities")).contains("bien-ban-trao-qua.pdf"));
        assertTrue(textOf(By.id("activitiesForm:activities")).contains("12.000.000 ₫"),
                textOf(By.id("activitiesForm:activities")));

        // the breadcrumb leads back to the bloc's page
        driver.findElement(By.id("blocLink")).click();
        assertTrue(textOf(By.id("members")).contains("Tỉnh đoàn Đắk Nông Khối trưởng"), textOf(By.id("members")));
    }

    private static Path evidencePdf() {
        try {
            Path file = Files.createTempDirectory("evidence").resolve("bien-ban-trao-qua.pdf");
            Files.writeString(file, "%PDF-1.4\n% biên bản trao quà\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of a unit's score in the table of all scores (each unit has one self-scored item here). */
    private WebElement reviewRow(String unitName) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='reviewForm:all_data']/tr[td[1][normalize-space()='" + unitName + "']]")));
    }

    /** Saves the class's own bloc once, as the Board specialist through the bloc form, and logs out. */
    private void saveOwnBlocOnce() {
        if (blocSaved) {
            return;
        }
        login("chuyenvien");
        fillBlocForm(YEAR, UNITS, "KTD03-" + YEAR, "Khối thi đua số 03 – giao ước " + YEAR, "Tỉnh đoàn Đắk Nông",
                "Hội Nông dân tỉnh Đắk Nông");
        driver.findElement(By.id("edit:save")).click();
        wait.withMessage(() -> "messages: " + messagesText()).until(d -> messagesText().contains("Đã lưu khối"));
        blocSaved = true;
        driver.manage().deleteAllCookies();
    }

    /** From the caller's blocs to the class's own year: its first page, movement and covenant. */
    private String openOwnYear() {
        openMyBloc(YEAR);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("openYear"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("movementForm")));
        return driver.getCurrentUrl();
    }

    private void switchUser(String user, String page) {
        driver.manage().deleteAllCookies();
        login(user);
        driver.get(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("movementForm")));
    }

    /** Follows the link to another page of the year, as a person would, and waits for that page. */
    private void openPage(String title) {
        WebElement nav = driver.findElement(By.id("yearNav"));
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        wait.until(ExpectedConditions.stalenessOf(nav));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("yearNav")));
    }

    private void criterion(int row, String title, String max) {
        driver.findElement(By.id("covenantForm:items:" + row + ":itemTitle")).sendKeys(title);
        driver.findElement(By.id("covenantForm:items:" + row + ":itemMax")).sendKeys(max);
    }

    private void addCriterion() {
        driver.findElement(By.id("covenantForm:addItem")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("covenantForm:items:1:itemTitle")));
    }

    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    }

    private List<String> statuses() {
        return wait.until(d -> {
            List<String> texts = d.findElements(By.cssSelector(".covenant-status")).stream()
                    .map(WebElement::getText).toList();
            return texts.isEmpty() ? null : texts;
        });
    }
}
