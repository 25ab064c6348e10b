package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14, item 7: the portal passes axe-core's WCAG 2.1 A and AA rules, can be used from
 * the keyboard alone to vote, and its ballot, proposal and year pages fit a phone.
 * <p>
 * The scan opens, for every role of the access matrix (docs/access-matrix.tsv) and as that
 * role's demo account, every page the matrix lets the role open (answer 200), with the ids of
 * the test's own data ({@link AccessibilityFixture}, years 2046 and 2048), plus the open
 * electronic ballot, the draft proposal and the year pages before a covenant exists; on each
 * it runs axe-core (the npm package's axe.min.js, kept in src/test/resources/axe with its
 * MPL-2.0 licence) and fails on any serious or critical violation, naming the page, the role,
 * the rule, its impact and the first offending nodes. One browser for the whole scan, one
 * login per role; the full list is written to target/axe-report.txt. A page that does not open
 * (an error page or the login form instead) fails the scan too.
 * <p>
 * The Veterans' Association logs in and votes in an open electronic ballot of its own with the
 * keyboard only (Tab, Space, Enter sent to whatever has the focus; nothing clicked): the
 * receipt shows, the turnout names it, and the page with the receipt passes axe-core. At
 * 390 px (a phone) the year pages, the ballot and the proposal pages (draft and decided) do not
 * scroll sideways and their main action is on the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT extends BrowserSupport {

    /** The axe-core version kept in src/test/resources/axe (npm pack axe-core). */
    static final String AXE_VERSION = "4.14.1";
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String VETERANS = "Hội Cựu chiến binh tỉnh Đắk Nông";
    private static final String WOMEN = "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông";
    private static Map<String, String> ids;
    private static String axeSource;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AccessibilityFixture.class);
    }

    @BeforeAll
    static void fixture() throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                BASE + "-tests/a11y-fixture")).GET().timeout(Duration.ofMinutes(3)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, made.statusCode(), made.body());
        ids = new LinkedHashMap<>();
        for (String line : made.body().split("\n")) {
            if (line.contains("=")) {
                ids.put(line.substring(0, line.indexOf('=')).trim(), line.substring(line.indexOf('=') + 1).trim());
            }
        }
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
            axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(axeSource.startsWith("/*! axe v" + AXE_VERSION), "axe-core " + AXE_VERSION + " in the test resources");
    }

    @Test
    void everyPageForEveryRoleHasNoSeriousOrCriticalWcagViolation() throws IOException {
        long start = System.nanoTime();
        List<String> found = new ArrayList<>();
        Map<String, Integer> perRule = new TreeMap<>();
        int scanned = 0;
        for (AccessMatrix.Role role : AccessMatrix.Role.values()) {
            driver.manage().deleteAllCookies();
            if (role.username != null) {
                login(role.username);
            }
            for (String page : pagesOf(role)) {
                driver.get(BASE + page);
                waitForAjax();
                scanned++;
                boolean errorPage = !driver.findElements(By.id("errorTitle")).isEmpty()
                        || (role.username != null && !driver.findElements(By.id("username")).isEmpty());
                if (errorPage && !page.startsWith("/error/") && !page.startsWith("/login")) {
                    found.add(page + " | " + role.column + " | not opened: " + driver.getTitle());
                }
                for (String violation : axe()) {
                    String rule = violation.substring(0, violation.indexOf(' '));
                    perRule.merge(rule, 1, Integer::sum);
                    found.add(page + " | " + role.column + " (" + (role.username == null ? "anonymous" : role.username) + ") | "
                            + violation);
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        StringBuilder report = new StringBuilder("axe-core " + AXE_VERSION + ", tags " + TAGS + ": " + scanned
                + " page views in " + seconds + " s; serious or critical violations per rule (page views): " + perRule + "\n");
        found.forEach(v -> report.append(v).append('\n'));
        Path file = Path.of("target/axe-report.txt");
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
        assertTrue(scanned > 80, "pages scanned: " + scanned);
        if (!found.isEmpty()) {
            fail(found.size() + " serious or critical violations (all in " + file.toAbsolutePath() + "):\n"
                    + report.substring(0, Math.min(report.length(), 12_000)));
        }
    }

    @Test
    void memberVotesFromTheKeyboardAlone() {
        // the login form, from the keyboard as well: Tab to the user name, type, Tab, type, Enter
        driver.get(BASE + "/index.xhtml");
        tabTo(a -> a.endsWith("|username"));
        new Actions(driver).sendKeys("hccb").sendKeys(Keys.TAB).perform();
        tabTo(a -> a.endsWith("|password"));
        new Actions(driver).sendKeys(PASSWORD).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        String ballot = BASE + "/year/ballots.xhtml?meeting=" + ids.get("meetingE") + "&ballot=" + ids.get("ballotK");
        driver.get(ballot);
        waitForAjax();
        assertTrue(textOf(By.id("waiting")).contains(VETERANS), textOf(By.id("waiting")));

        // Tab to the Women's Union under the flag, Space ticks it; Tab to the vote button, Enter
        tabTo(a -> a.contains("choices-PROVINCIAL_FLAG") && a.contains("|" + WOMEN + "|"));
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertTrue(driver.switchTo().activeElement().isSelected(), "Space ticks the focused candidate");
        tabTo(a -> a.endsWith("|vote:cast"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        // the confirmation takes the focus (or is one Tab away): Enter confirms
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
        tabTo(a -> a.endsWith("|confirmYes"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        String receipt = textOf(By.id("receipt"));
        assertTrue(receipt.matches("[0-9a-f]{64}"), "the tracker of the ballot cast from the keyboard: " + receipt);
        String voted = textOf(By.id("voted"));
        assertTrue(voted.contains(VETERANS), voted);
        assertTrue(!textOf(By.id("waiting")).contains(VETERANS), textOf(By.id("waiting")));
        List<String> violations = axe();
        assertTrue(violations.isEmpty(), "the ballot page with its receipt: " + violations);
    }

    @Test
    void ballotProposalAndYearPagesFitAPhone() {
        login("hlhpn");
        driver.manage().window().setSize(new Dimension(390, 844));
        String bloc = ids.get("bloc");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/year/covenant.xhtml?bloc=" + bloc + "&year=" + AccessibilityFixture.DRAFT_YEAR, "movementForm:launch");
        pages.put("/year/covenant.xhtml?bloc=" + bloc + "&year=" + AccessibilityFixture.YEAR, "yearNav");
        pages.put("/year/scores.xhtml?bloc=" + bloc + "&year=" + AccessibilityFixture.YEAR, "reviewForm:export");
        pages.put("/year/activities.xhtml?bloc=" + bloc + "&year=" + AccessibilityFixture.YEAR, "activityForm:saveActivity");
        pages.put("/year/conferences.xhtml?bloc=" + bloc + "&year=" + AccessibilityFixture.YEAR, "meetingForm:saveMeeting");
        pages.put("/year/ballots.xhtml?meeting=" + ids.get("meetingDraft"), "create:createBallot");
        pages.put("/year/ballots.xhtml?meeting=" + ids.get("meetingE") + "&ballot=" + ids.get("ballotE"), "vote:cast");
        pages.put("/proposals/view.xhtml?id=" + ids.get("proposalDraft"), "leader:generate");
        pages.put("/proposals/view.xhtml?id=" + ids.get("proposal"), "history");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            driver.get(BASE + page.getKey());
            waitForAjax();
            Long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
            if (overflow > 0) {
                problems.add(page.getKey() + ": the page is " + overflow + " px wider than the phone");
            }
            String action = (String) js("var e = document.getElementById(arguments[0]);"
                    + "if (!e) return 'missing'; var r = e.getBoundingClientRect();"
                    + "if (r.width === 0 || r.height === 0) return 'hidden';"
                    + "return r.left >= 0 && r.right <= window.innerWidth ? 'ok' : 'cut: ' + r.left + '..' + r.right;",
                    page.getValue());
            if (!"ok".equals(action)) {
                problems.add(page.getKey() + ": main action " + page.getValue() + " " + action);
            }
        }
        assertTrue(problems.isEmpty(), "at 390 px: " + problems);
    }

    /** The pages a role opens: the matrix's pages answering 200 for it, with the fixture's ids, and the extra states. */
    private List<String> pagesOf(AccessMatrix.Role role) {
        List<String> pages = new ArrayList<>();
        for (AccessMatrix.Row row : AccessMatrix.rows()) {
            String answer = row.answers().get(role);
            boolean loginForm = role == AccessMatrix.Role.ANONYMOUS && row.target().equals("/index.xhtml");
            if (row.kind().equals("page") && (answer.equals("200") || loginForm)) {
                pages.add(withIds(row.target()));
                if (row.target().startsWith("/year/ballots.xhtml") && row.target().contains("{ballot}")) {
                    pages.add(withIds("/year/ballots.xhtml?meeting={meetingE}&ballot={ballotE}"));
                }
                if (row.target().startsWith("/year/covenant.xhtml?bloc={bloc}")) {
                    pages.add(withIds("/year/covenant.xhtml?bloc={bloc}&year=" + AccessibilityFixture.DRAFT_YEAR));
                    pages.add(withIds("/year/ballots.xhtml?meeting={meetingDraft}"));
                    pages.add(withIds("/year/ballots.xhtml?meeting={meetingDraft}&ballot={ballotDraft}"));
                }
                if (row.target().startsWith("/proposals/view.xhtml") && !role.column.startsWith("board")
                        && !role.column.equals("specialist")) {
                    pages.add(withIds("/proposals/view.xhtml?id={proposalDraft}"));
                }
            }
        }
        if (role == AccessMatrix.Role.SPECIALIST) {
            pages.add("/board/blocs/edit.xhtml");
        }
        return pages;
    }

    private static String withIds(String target) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(target);
        StringBuilder url = new StringBuilder();
        while (placeholder.find()) {
            String id = ids.get(placeholder.group(1));
            if (id == null) {
                throw new IllegalStateException("no id for " + placeholder.group() + " in " + target + ": " + ids);
            }
            placeholder.appendReplacement(url, id);
        }
        placeholder.appendTail(url);
        return url.toString();
    }

    /** axe-core's serious and critical WCAG 2.1 A/AA violations on the current page: "rule impact: help; nodes". */
    private List<String> axe() {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
            js(axeSource);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                        + ".catch(function (e) { done('ERROR ' + e); });", TAGS);
        String json = (String) result;
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core on " + driver.getCurrentUrl() + ": " + json);
        }
        List<String> violations = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject v = value.asJsonObject();
                String impact = v.isNull("impact") ? "" : v.getString("impact");
                if (!impact.equals("serious") && !impact.equals("critical")) {
                    continue;
                }
                JsonArray nodes = v.getJsonArray("nodes");
                StringBuilder first = new StringBuilder();
                for (int i = 0; i < Math.min(3, nodes.size()); i++) {
                    JsonObject node = nodes.getJsonObject(i);
                    String html = node.getString("html", "");
                    first.append(i == 0 ? "" : "; ").append(node.getJsonArray("target").toString()).append(' ')
                            .append(html.length() > 160 ? html.substring(0, 160) + "…" : html);
                    String why = node.getString("failureSummary", "").replace('\n', ' ');
                    first.append(" {").append(why.length() > 200 ? why.substring(0, 200) + "…" : why).append('}');
                }
                violations.add(v.getString("id") + " " + impact + ": " + v.getString("help") + " (" + nodes.size()
                        + " nodes) " + first);
            }
        }
        return violations;
    }

    /** Presses Tab (at most 150 times) until the focused element matches "table classes|label|id" as the test wants it. */
    private void tabTo(java.util.function.Predicate<String> wanted) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String active = (String) js("var a = document.activeElement; if (!a) return '';"
                    + "var t = a.closest('table'); var l = a.labels && a.labels.length ? a.labels[0].textContent.trim() : '';"
                    + "return (t ? t.className : '') + '|' + l + '|' + (a.id || a.tagName);");
            if (wanted.test(active)) {
                return;
            }
            seen.add(active);
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        fail("Tab never reached the wanted element; focus went through " + seen);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
