package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The home page per role in the browser, on the demo's 2023 (only read): a member of Bloc
 * No. 03 picks the year and sees its unit's tasks and its blocs but no member table; the
 * 2023 leader (the Women's Union) sees its five members' progress, in Vietnamese and in
 * English; the Board sees every bloc's stage with the milestone counts, the late blocs first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBrowserIT extends BrowserSupport {

    private static final int YEAR = 2023;
    private static final String BLOC03 = "Khối thi đua số 03 – Các tổ chức chính trị - xã hội tỉnh";
    private static final List<String> UNITS = List.of("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "Hội Nông dân tỉnh Đắk Nông",
            "Hội Cựu chiến binh tỉnh Đắk Nông", "Liên đoàn Lao động tỉnh Đắk Nông", "Tỉnh đoàn Đắk Nông");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aMemberPicksTheYearAndSeesItsTasksWithoutTheLeadersTable() {
        login("hnd");
        // the current emulation year is shown first
        Select years = new Select(driver.findElement(By.id("homeYearSelect")));
        assertEquals(String.valueOf(java.time.Year.now().getValue()), years.getFirstSelectedOption().getText());
        assertTrue(textOf(By.id("tasksTitle")).endsWith(String.valueOf(java.time.Year.now().getValue())));

        years.selectByVisibleText(String.valueOf(YEAR));
        driver.findElement(By.id("homeYearShow")).click();
        wait.until(d -> d.findElement(By.id("tasksTitle")).getText().endsWith(String.valueOf(YEAR)));
        assertTrue(driver.getCurrentUrl().contains("year=" + YEAR));
        assertTrue(textOf(By.id("tasksTitle")).startsWith("Việc đơn vị cần làm"));
        assertFalse(driver.findElements(By.id("tasks")).isEmpty(), "the tasks table");
        assertTrue(driver.findElements(By.cssSelector(".progress-table")).isEmpty(), "a plain member has no member table");
        assertFalse(driver.findElements(By.id("myBlocs")).isEmpty(), "its blocs are listed below");
        assertTrue(driver.findElements(By.id("stages")).isEmpty(), "no Board view for a member");
    }

    @Test
    void theLeaderSeesEveryMembersProgressInBothLanguages() {
        login("hlhpn");
        driver.get(BASE + "/index.xhtml?year=" + YEAR);
        assertEquals("Tiến độ của " + BLOC03 + " – " + YEAR, textOf(By.cssSelector(".progress-title")));
        List<WebElement> rows = driver.findElements(By.cssSelector(".progress-table .progress-row"));
        assertEquals(5, rows.size());
        for (String unit : UNITS) {
            assertTrue(rows.stream().anyMatch(r -> r.findElement(By.cssSelector(".progress-unit")).getText().startsWith(unit)),
                    unit + " in the leader's table");
        }
        String header = driver.findElement(By.cssSelector(".progress-table thead")).getText();
        assertTrue(header.contains("Ký giao ước") && header.contains("Tự chấm điểm") && header.contains("Báo cáo thành tích"),
                header);
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("(Khối trưởng)")), "the leader is marked");

        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:langVi")));
        driver.get(BASE + "/index.xhtml?year=" + YEAR);
        assertEquals("Progress of " + BLOC03 + " – " + YEAR, textOf(By.cssSelector(".progress-title")));
        assertTrue(driver.findElement(By.cssSelector(".progress-table thead")).getText().contains("Achievement report"));
        assertTrue(textOf(By.id("tasksTitle")).startsWith("What your unit must do"));
    }

    @Test
    void theBoardSeesEveryBlocsStageTheLateOnesFirst() {
        login("lanhdaoban");
        driver.get(BASE + "/index.xhtml?year=" + YEAR);
        assertTrue(textOf(By.id("stagesTitle")).endsWith(String.valueOf(YEAR)));
        List<WebElement> rows = driver.findElements(By.cssSelector("#stages_data > tr"));
        assertTrue(rows.size() >= 4, "the demo's four blocs of 2023: " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains(BLOC03)));
        boolean onTimeSeen = false;
        for (WebElement row : rows) {
            boolean late = row.getAttribute("class").contains("stage-late");
            assertFalse(late && onTimeSeen, "a late bloc after one on time: " + row.getText());
            onTimeSeen |= !late;
            assertTrue(row.findElement(By.cssSelector(".stage-late-mark")).getText().equals(late ? "Trễ hạn" : "Đúng tiến độ"));
        }
        assertEquals(7, driver.findElements(By.cssSelector("#milestones li")).size());
        assertTrue(driver.findElements(By.id("tasks")).isEmpty(), "no member view for the Board");
    }
}
