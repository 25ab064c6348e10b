package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Paper steps in the browser (issue 15, item 5), on a bloc of its own in 2079 (Bloc No. 03's
 * five units, led by the Youth Union with the Farmers' Association as deputy): the leader
 * drafts the covenant and records the Veterans' Association's signature given on paper. With
 * no file, and with a file that is no PDF or image, the page says why and nothing is
 * recorded; with the scan, the covenant page shows the unit as signed on paper, who signed
 * and a link to the scan, which a member sees too but without the form. On the conferences
 * page the leader attaches the signed minutes and a photo, listed with the conference.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaperStepsBrowserIT extends BrowserSupport {

    private static final List<String> UNITS = List.of("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "Hội Nông dân tỉnh Đắk Nông",
            "Hội Cựu chiến binh tỉnh Đắk Nông", "Liên đoàn Lao động tỉnh Đắk Nông", "Tỉnh đoàn Đắk Nông");
    /** This class's own year: no other test class has a bloc in it. */
    private static final int YEAR = 2079;
    private static boolean blocSaved;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void leaderRecordsAPaperSignatureWithTheScanOfTheSignedPage() {
        saveOwnBlocOnce();
        login("tinhdoan");
        String covenantPage = openOwnYear();
        WebElement content = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("covenantForm:content")));
        content.sendKeys("Các đơn vị thành viên cam kết thực hiện tốt các nội dung thi đua năm " + YEAR + ".");
        driver.findElement(By.id("covenantForm:items:0:itemTitle")).sendKeys("Thực hiện nhiệm vụ chính trị được giao");
        driver.findElement(By.id("covenantForm:items:0:itemMax")).sendKeys("100");
        driver.findElement(By.id("covenantForm:saveCovenant")).click();
        wait.until(d -> messagesText().contains("Đã lưu dự thảo giao ước"));
        driver.get(covenantPage);

        // no file: the page says so and records nothing
        fillPaperForm("Hội Cựu chiến binh tỉnh Đắk Nông", "Nguyễn Văn Bình, Chủ tịch Hội");
        driver.findElement(By.id("paperSignatureForm:recordPaper")).click();
        wait.until(d -> messagesText().contains("Hãy chọn tệp bản quét trang giao ước đã ký"));
        assertTrue(driver.findElements(By.cssSelector(".paper-scan")).isEmpty(), "nothing recorded");

        // a file that is not a PDF or an image, named as one
        fillPaperForm("Hội Cựu chiến binh tỉnh Đắk Nông", "Nguyễn Văn Bình, Chủ tịch Hội");
        driver.findElement(By.id("paperSignatureForm:paperScan_input")).sendKeys(file("trang-ky.png", "MZ không phải ảnh").toString());
        driver.findElement(By.id("paperSignatureForm:recordPaper")).click();
        wait.until(d -> messagesText().contains("trang-ky.png"));
        assertTrue(messagesText().contains("không phải PDF, ảnh PNG/JPEG"), messagesText());
        assertTrue(driver.findElements(By.cssSelector(".paper-scan")).isEmpty(), "nothing recorded");

        // the scan of the signed page
        fillPaperForm("Hội Cựu chiến binh tỉnh Đắk Nông", "Nguyễn Văn Bình, Chủ tịch Hội");
        driver.findElement(By.id("paperSignatureForm:paperScan_input"))
                .sendKeys(file("trang-ky-hccb.pdf", "%PDF-1.4\n% trang giao ước đã ký\n").toString());
        driver.findElement(By.id("paperSignatureForm:recordPaper")).click();
        wait.until(d -> messagesText().contains("Đã ghi nhận chữ ký trên giấy của Hội Cựu chiến binh tỉnh Đắk Nông"));
        String signatures = textOf(By.cssSelector(".signatures"));
        assertTrue(signatures.contains("Hội Cựu chiến binh tỉnh Đắk Nông") && signatures.contains("ký trên giấy")
                && signatures.contains("Nguyễn Văn Bình, Chủ tịch Hội") && signatures.contains("bản quét trang đã ký"), signatures);
        assertEquals(1, driver.findElements(By.cssSelector(".paper-scan")).size());
        List<String> left = new Select(driver.findElement(By.id("paperSignatureForm:paperUnit"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertEquals(4, left.size(), "the unit that signed is no longer offered: " + left);

        // a member sees the scan's link, not the form
        driver.manage().deleteAllCookies();
        login("hlhpn");
        driver.get(covenantPage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".paper-scan")));
        assertTrue(driver.findElements(By.id("paperSignatureForm")).isEmpty(), "members do not record paper signatures");
    }

    @Test
    void leaderAttachesSignedMinutesAndAPhotoToAConference() {
        saveOwnBlocOnce();
        login("tinhdoan");
        openOwnYear();
        String conferences = driver.getCurrentUrl().replace("/year/covenant.xhtml", "/year/conferences.xhtml");
        driver.get(conferences);
        WebElement place = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:place")));
        place.sendKeys("Hội trường Tỉnh đoàn");
        driver.findElement(By.id("meetingForm:chair")).sendKeys("Y Đoàn Êban");
        driver.findElement(By.id("meetingForm:saveMeeting")).click();
        wait.until(d -> messagesText().contains("Đã lưu hội nghị"));
        driver.get(conferences);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conferenceFilesForm:attachFiles")));
        driver.findElement(By.id("conferenceFilesForm:conferenceFiles_input"))
                .sendKeys(file("bien-ban-da-ky.pdf", "%PDF-1.4\n% biên bản đã ký\n").toString());
        driver.findElement(By.id("conferenceFilesForm:attachFiles")).click();
        wait.until(d -> messagesText().contains("Đã đính kèm 1 tệp"));
        new Select(driver.findElement(By.id("conferenceFilesForm:fileKind"))).selectByValue("PHOTO");
        driver.findElement(By.id("conferenceFilesForm:conferenceFiles_input"))
                .sendKeys(file("bien-ban-nham.pdf", "%PDF-1.4\n% không phải ảnh\n").toString());
        driver.findElement(By.id("conferenceFilesForm:attachFiles")).click();
        wait.until(d -> messagesText().contains("không phải ảnh JPEG hoặc PNG"));
        String listed = textOf(By.id("meetingsForm:meetings"));
        assertTrue(listed.contains("Biên bản đã ký: bien-ban-da-ky.pdf") && !listed.contains("bien-ban-nham.pdf"), listed);
    }

    private void fillPaperForm(String unit, String signer) {
        WebElement select = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paperSignatureForm:paperUnit")));
        new Select(select).selectByVisibleText(unit);
        WebElement name = driver.findElement(By.id("paperSignatureForm:paperSigner"));
        name.clear();
        name.sendKeys(signer);
    }

    private static Path file(String name, String content) {
        try {
            Path file = Files.createTempDirectory("paper").resolve(name);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the class's own bloc once, as the Board specialist through the bloc form, and logs out. */
    private void saveOwnBlocOnce() {
        if (blocSaved) {
            return;
        }
        login("chuyenvien");
        fillBlocForm(YEAR, UNITS, "KTD03-" + YEAR, "Khối thi đua số 03 – giấy " + YEAR, "Tỉnh đoàn Đắk Nông",
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
}
