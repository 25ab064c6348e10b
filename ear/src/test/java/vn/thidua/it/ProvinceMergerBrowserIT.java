package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The demo story through the 2025 merger (issue 15, item 2), in headless Chromium: Bloc No. 03's
 * 2025 page shows Lâm Đồng, with the bloc's history from 2023 (2023 and 2024 under Đắk Nông);
 * the Board's province page shows Đắk Nông's records ending on 30/06/2025 in Lâm Đồng, and
 * the registry states the rule its streaks follow. Reads only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvinceMergerBrowserIT extends BrowserSupport {

    private static final String BLOC03 = "Khối thi đua số 03 – Các tổ chức chính trị - xã hội tỉnh";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void bloc03sPageOf2025ShowsLamDongWithItsHistoryFrom2023() {
        login("hlhpn");
        driver.get(BASE + "/blocs/mine.xhtml");
        openMyBloc(2025);
        wait.until(d -> textOf(By.id("pageTitle")).contains(BLOC03 + " – 2025"));
        assertTrue(textOf(By.id("blocProvince")).contains("Lâm Đồng"), textOf(By.id("blocProvince")));
        String history = textOf(By.id("blocYears")).replaceAll("\\s+", " ");
        for (String year : new String[] {"2025 (Lâm Đồng)", "2024 (Đắk Nông)", "2023 (Đắk Nông)"}) {
            assertTrue(history.contains(year), history);
        }
        String members = textOf(By.id("members"));
        assertTrue(members.contains("Tỉnh đoàn Đắk Nông") && members.contains("Hội Liên hiệp Phụ nữ tỉnh Đắk Nông"),
                "the same organisations continue, now Lâm Đồng's records: " + members);

        driver.findElement(By.linkText("2023")).click();
        wait.until(d -> textOf(By.id("pageTitle")).contains(BLOC03 + " – 2023"));
        assertTrue(textOf(By.id("blocProvince")).contains("Đắk Nông"), textOf(By.id("blocProvince")));
    }

    @Test
    void theBoardSeesTheProvincesLineageAndTheRegistryStatesTheStreakRule() {
        login("lanhdaoban");
        assertTrue(!driver.findElements(By.id("menuForm:mProvinces")).isEmpty(), "the Board's menu leads to the provinces");
        driver.get(BASE + "/board/provinces/list.xhtml");
        String provinces = textOf(By.id("provinces")).replaceAll("\\s+", " ");
        assertTrue(provinces.contains("Đắk Nông") && provinces.contains("30/06/2025 Lâm Đồng"), provinces);
        assertTrue(provinces.contains("tiếp nối chuỗi năm dài nhất"), provinces);
        assertTrue(!driver.findElements(By.id("succession:preview")).isEmpty(), "the Board leader may preview a merger");

        driver.get(BASE + "/registry/search.xhtml");
        String rules = textOf(By.id("streakRules"));
        assertTrue(rules.contains("Lâm Đồng") && rules.contains("không cộng thành một chuỗi"), rules);
        assertTrue(!rules.contains("tỉnh Đắk Nông:"), "an ended province applies no rule any more: " + rules);
    }
}
