package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The foundation as a person uses it, in headless Chromium against the deployed portal:
 * a Board specialist creates a bloc for a year and finds it; the leader/deputy rule
 * shows its message and stores nothing; a member representative is refused the Board's
 * edit page, also by typed URL; anonymous visitors land on the login page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "8180") + "/thidua";
    private static final List<String> FIVE_UNITS = List.of(
            "Sở Xây dựng tỉnh Đắk Nông",
            "Sở Y tế tỉnh Đắk Nông",
            "Sở Tư pháp tỉnh Đắk Nông",
            "Thanh tra tỉnh Đắk Nông",
            "Sở Công Thương tỉnh Đắk Nông");

    private WebDriver driver;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void offline() {
        System.setProperty("SE_OFFLINE", "true");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        if (driver != null) {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
            driver.quit();
        }
    }

    @Test
    void boardSpecialistCreatesBlocWithFiveMembersAndFindsItInTheList() {
        login("chuyenvien");
        String code = "KTD9" + suffix();
        String name = "Khối thi đua số 99 – Thử nghiệm " + code;
        fillBlocForm(code, name, "Sở Xây dựng tỉnh Đắk Nông", "Sở Y tế tỉnh Đắk Nông");
        driver.findElement(By.id("edit:save")).click();

        wait.until(ExpectedConditions.urlContains("/board/blocs/list.xhtml"));
        assertTrue(messagesText().contains("Đã lưu khối"), "success message: " + messagesText());
        searchBlocs(code);
        String text = textOf(By.xpath("//tbody[@id='blocs:table_data']/tr[td[normalize-space()='" + code + "']]"));
        assertTrue(text.contains(name) && text.contains("2024") && text.contains("5"), text);
        assertTrue(text.contains("Sở Xây dựng tỉnh Đắk Nông") && text.contains("Sở Y tế tỉnh Đắk Nông"), text);

        // the creation is in the audit trail, with who did it
        driver.findElement(By.id("menuForm:mAudit")).click();
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:text")));
        filter.sendKeys(code);
        driver.findElement(By.id("audit:search")).click();
        String entry = textOf(By.xpath("//tbody[@id='audit:table_data']/tr[td[normalize-space()='CREATE']]"));
        assertTrue(entry.contains("chuyenvien") && entry.contains(code), entry);
    }

    @Test
    void sameUnitAsLeaderAndDeputyShowsMessageAndStoresNothing() {
        login("chuyenvien");
        String code = "KTD8" + suffix();
        fillBlocForm(code, "Khối thi đua thử trùng " + code, "Sở Tư pháp tỉnh Đắk Nông", "Sở Tư pháp tỉnh Đắk Nông");
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

    private void fillBlocForm(String code, String name, String leader, String deputy) {
        driver.get(BASE + "/board/blocs/edit.xhtml");
        new Select(driver.findElement(By.id("edit:province"))).selectByVisibleText("Đắk Nông");
        wait.until(ExpectedConditions.presenceOfElementLocated(memberLabel(FIVE_UNITS.get(0))));
        waitForAjax();
        WebElement year = driver.findElement(By.id("edit:year"));
        year.clear();
        year.sendKeys("2024");
        driver.findElement(By.id("edit:code")).sendKeys(code);
        driver.findElement(By.id("edit:name")).sendKeys(name);
        for (String unit : FIVE_UNITS) {
            driver.findElement(memberLabel(unit)).click();
        }
        new Select(driver.findElement(By.id("edit:leader"))).selectByVisibleText(leader);
        new Select(driver.findElement(By.id("edit:deputy"))).selectByVisibleText(deputy);
    }

    private static By memberLabel(String unit) {
        return By.xpath("//table[@id='edit:members']//label[normalize-space()='" + unit + "']");
    }

    private void searchBlocs(String text) {
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("blocs:text")));
        box.clear();
        box.sendKeys(text);
        driver.findElement(By.id("blocs:search")).click();
        waitForAjax();
    }

    private void login(String user) {
        driver.get(BASE + "/index.xhtml");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("ThiDua@2024");
        driver.findElement(By.id("loginButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }

    /** The text of an element once it is there, riding out AJAX updates that replace it. */
    private String textOf(By locator) {
        return wait.until(d -> {
            try {
                return d.findElement(locator).getText();
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return null;
            }
        });
    }

    /** The page's messages; empty while the page is being replaced by the next one. */
    private String messagesText() {
        try {
            return driver.findElement(By.id("messages")).getText();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return "";
        }
    }

    private void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }
}
