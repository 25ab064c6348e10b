package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

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
 * The foundation as a person uses it, in headless Chromium against the deployed portal:
 * a Board specialist creates a bloc for a year and finds it; the leader/deputy rule
 * shows its message and stores nothing; a member representative is refused the Board's
 * edit page, also by typed URL; anonymous visitors land on the login page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT extends BrowserSupport {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void boardSpecialistCreatesBlocWithFiveMembersAndFindsItInTheList() {
        login("chuyenvien");
        String code = "KTD9" + suffix();
        String name = "Khối thi đua số 99 – Thử nghiệm " + code;
        fillBlocForm(2024, FIVE_UNITS, code, name, "Sở Xây dựng tỉnh Đắk Nông", "Sở Y tế tỉnh Đắk Nông");
        driver.findElement(By.id("edit:save")).click();

        wait.until(ExpectedConditions.urlContains("/board/blocs/list.xhtml"));
        assertTrue(messagesText().contains("Đã lưu khối"), "success message: " + messagesText());
        searchBlocs(code);
        String row = "//tbody[@id='blocs:table_data']/tr[td[normalize-space()='" + code + "']]";
        // cell by cell: year, code, name, member count, leader, deputy
        List<String> cells = List.of(1, 2, 3, 4, 5, 6).stream()
                .map(i -> textOf(By.xpath(row + "/td[" + i + "]")).trim()).toList();
        assertEquals(List.of("2024", code, name, "5", "Sở Xây dựng tỉnh Đắk Nông", "Sở Y tế tỉnh Đắk Nông"), cells);

        // the creation is in the audit trail, with who did it
        driver.findElement(By.id("menuForm:mAudit")).click();
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:text")));
        filter.sendKeys(code);
        driver.findElement(By.id("audit:search")).click();
        String entry = textOf(By.xpath("//tbody[@id='audit:table_data']/tr[td[normalize-space()='Tạo mới']]"));
        assertTrue(entry.contains("chuyenvien") && entry.contains(code), entry);
    }

    @Test
    void sameUnitAsLeaderAndDeputyShowsMessageAndStoresNothing() {
        login("chuyenvien");
        String code = "KTD8" + suffix();
        fillBlocForm(2024, FIVE_UNITS, code, "Khối thi đua thử trùng " + code, "Sở Tư pháp tỉnh Đắk Nông", "Sở Tư pháp tỉnh Đắk Nông");
        driver.findElement(By.id("edit:save")).click();

        wait.until(d -> messagesText().contains("Khối trưởng và khối phó phải là hai đơn vị khác nhau"));
        assertTrue(driver.getCurrentUrl().contains("/board/blocs/edit.xhtml"), "stays on the form");

        driver.get(BASE + "/board/blocs/list.xhtml");
        searchBlocs(code);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("blocs:table_data"), "Không có dữ liệu"));
    }

    @Test
    void memberRepresentativeGets403OnBoardPagesAndSeesOwnBlocReadOnly() {
        login("hlhpn");
        assertTrue(textOf(By.id("myBlocs")).contains("Khối thi đua số 03"));
        assertTrue(driver.findElements(By.id("menuForm:mBlocs")).isEmpty(), "no Board menu for members");

        driver.get(BASE + "/board/blocs/edit.xhtml");
        assertEquals("Không có quyền truy cập", driver.findElement(By.id("errorTitle")).getText());
        driver.get(BASE + "/board/blocs/edit.xhtml?id=1&year=2024");
        assertEquals("Không có quyền truy cập", driver.findElement(By.id("errorTitle")).getText());
        driver.get(BASE + "/board/blocs/list.xhtml");
        assertEquals("Không có quyền truy cập", driver.findElement(By.id("errorTitle")).getText());

        driver.get(BASE + "/blocs/mine.xhtml");
        driver.findElement(By.linkText("Khối thi đua số 03 – Các tổ chức chính trị - xã hội tỉnh")).click();
        WebElement members = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members")));
        assertTrue(members.getText().contains("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông"));
        assertTrue(driver.findElements(By.id("editBloc")).isEmpty(), "read-only for members");
    }

    @Test
    void anonymousVisitorLandsOnLoginPageAndWrongPasswordIsRefused() {
        driver.get(BASE + "/board/blocs/list.xhtml");
        assertTrue(driver.findElement(By.id("loginForm")).isDisplayed());
        // an account no other test uses: Elytron's brute-force protection may hold it back afterwards
        driver.findElement(By.id("username")).sendKeys("sotc");
        driver.findElement(By.id("password")).sendKeys("sai-mat-khau");
        driver.findElement(By.id("loginButton")).click();
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", textOf(By.id("loginError")));
    }

    @Test
    void englishSwitchTranslatesTheShell() {
        login("lanhdaoban");
        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menuForm:menu"), "Emulation blocs"));
        driver.findElement(By.id("headerForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
    }

    private void searchBlocs(String text) {
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("blocs:text")));
        box.clear();
        box.sendKeys(text);
        driver.findElement(By.id("blocs:search")).click();
        waitForAjax();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }
}
