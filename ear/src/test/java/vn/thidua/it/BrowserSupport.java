package vn.thidua.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * What every browser test needs: Debian's headless Chromium through its chromedriver
 * (nothing downloaded), a login as a demo account, waits that ride out PrimeFaces AJAX,
 * and a screenshot of the last page of each test in target/screenshots.
 */
abstract class BrowserSupport {

    static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "8180") + "/thidua";
    static final String PASSWORD = "ThiDua@2024";
    /** Five departments of Đắk Nông that the tests' own blocs are made of (full names, as the bloc form lists them). */
    static final List<String> FIVE_UNITS = List.of(
            "Sở Xây dựng tỉnh Đắk Nông",
            "Sở Y tế tỉnh Đắk Nông",
            "Sở Tư pháp tỉnh Đắk Nông",
            "Thanh tra tỉnh Đắk Nông",
            "Sở Công Thương tỉnh Đắk Nông");

    WebDriver driver;
    WebDriverWait wait;

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
        // look again every 100 ms (Selenium's default is 500): a wait ends as soon as its outcome
        // shows, not up to half a second later; the 20 s limit is the same
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
        // PrimeFaces AJAX replaces elements under our feet: a stale element means "look again"
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

    void login(String user) {
        driver.get(BASE + "/index.xhtml");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("loginButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }

    /** The text of an element once it is there, riding out AJAX updates that replace it. */
    String textOf(By locator) {
        return wait.until(d -> {
            try {
                return d.findElement(locator).getText();
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return null;
            }
        });
    }

    /** The page's messages; empty while the page is being replaced by the next one. */
    String messagesText() {
        try {
            return driver.findElement(By.id("messages")).getText();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return "";
        }
    }

    /**
     * Opens the bloc of the given year from the caller's blocs table (home page or "my
     * blocs"), turning its pages as a person would: other tests add years of Bloc No. 03,
     * so the year may not be on the first page.
     */
    void openMyBloc(int year) {
        By row = By.xpath("//tbody[@id='myBlocs_data']/tr[td[1][normalize-space()='" + year + "']]//a");
        for (int page = 0; page < 20; page++) {
            List<WebElement> found = driver.findElements(row);
            if (!found.isEmpty()) {
                found.get(0).click();
                return;
            }
            List<WebElement> next = driver.findElements(By.cssSelector("#myBlocs .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            waitForAjax();
        }
        throw new NoSuchElementException("no row of year " + year + " in the caller's blocs");
    }

    /**
     * Fills the Board's form of a new bloc of the demo's units (their full names) for a year,
     * with its leader and deputy (null: none), as a Board specialist would; the caller saves.
     * The units are Đắk Nông's up to 2024 and, after the 2025 merger, Lâm Đồng's (the same
     * organisations under the same names, as new records).
     */
    void fillBlocForm(int year, List<String> units, String code, String name, String leader, String deputy) {
        driver.get(BASE + "/board/blocs/edit.xhtml");
        new Select(driver.findElement(By.id("edit:province"))).selectByVisibleText(year >= 2025 ? "Lâm Đồng" : "Đắk Nông");
        wait.until(ExpectedConditions.presenceOfElementLocated(memberLabel(units.get(0))));
        waitForAjax();
        WebElement yearField = driver.findElement(By.id("edit:year"));
        yearField.clear();
        yearField.sendKeys(Integer.toString(year));
        driver.findElement(By.id("edit:code")).sendKeys(code);
        driver.findElement(By.id("edit:name")).sendKeys(name);
        for (String unit : units) {
            driver.findElement(memberLabel(unit)).click();
        }
        if (leader != null) {
            new Select(driver.findElement(By.id("edit:leader"))).selectByVisibleText(leader);
        }
        if (deputy != null) {
            new Select(driver.findElement(By.id("edit:deputy"))).selectByVisibleText(deputy);
        }
    }

    private static By memberLabel(String unit) {
        return By.xpath("//table[@id='edit:members']//label[normalize-space()='" + unit + "']");
    }

    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }
}
