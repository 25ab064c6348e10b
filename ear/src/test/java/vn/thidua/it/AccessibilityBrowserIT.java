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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.bloc.entity.LeadershipRole;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.it.AccessMatrix.Role;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.scoring.entity.AssessmentStatus;
import vn.thidua.unit.entity.LineageKind;

/**
 * Issue 14, items 6 and 7: the portal's pages pass axe-core's WCAG 2.1 A and AA rules and
 * show plain words (no ISO date, no code) in Vietnamese and English; the portal can be used
 * from the keyboard alone to vote, and its ballot, proposal and year pages fit a phone.
 * <p>
 * <b>One walk over every page.</b> For every role of the access matrix
 * (docs/access-matrix.tsv), as that role's demo account (one login per role, one browser for the
 * walk), every page the matrix lets the role open (answer 200) is loaded once, with the ids of
 * the test's own data ({@link PageScanFixture}, years 2046 and 2048), plus the open electronic
 * ballot, the leadership ballot, the draft year's covenant, conference, ballots and proposal,
 * and Bloc B's proposal for the Board and Bloc B; on that one page two checks run, each with its
 * own test below that reports it:
 * <ul>
 * <li>{@link #everyPageForEveryRoleHasNoSeriousOrCriticalWcagViolation}: axe-core (the npm
 * package's axe.min.js, kept in src/test/resources/axe with its MPL-2.0 licence) fails on any
 * serious or critical violation, naming the page, the role, the rule, its impact and the first
 * offending nodes; the full list is written to target/axe-report.txt. A page that does not open
 * (an error page or the login form instead) fails this check too.</li>
 * <li>{@link #noPageOfAnyRoleShowsAnIsoDateOrACodeInVietnameseOrEnglish}: the visible text of
 * the page ({@code document.body.innerText}: what a person reads; attributes, scripts and hidden
 * elements are not read) must hold none of: an ISO date, four digits, dash, two digits, dash,
 * two digits ({@link #ISO_DATE}; the portal writes dd/MM/yyyy); a code written in capitals
 * joined by underscores ({@link #SNAKE_CODE}: {@code ACHIEVEMENT_REPORT},
 * {@code PROVINCIAL_FLAG}); a code of one word that names a value of the portal
 * ({@link #portalCodes()}: the names of the domain's enums, e.g. {@code PROPOSAL},
 * {@code SUBMITTED}, and the audit trail's actions, e.g. {@code SUBMIT}) as a whole word in
 * capitals. Abbreviations people write in capitals (UBND, HLHPN, a unit's code) are not portal
 * codes and pass; a code of four letters or fewer is not checked as a word. Each logged-in role
 * then switches to English and the same pages are loaded again for this check (the English
 * pages are other pages). A page that shows the error page instead fails this check; the
 * findings are written to target/plain-vietnamese-findings.txt.</li>
 * </ul>
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
    static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    static final Pattern SNAKE_CODE = Pattern.compile("(?<![\\p{L}\\d_])[A-Z]{2,}(?:_[A-Z0-9]+)+(?![\\p{L}\\d_])");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d_])[A-Z]{5,}(?![\\p{L}\\d_])");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String VETERANS = "Hội Cựu chiến binh tỉnh Đắk Nông";
    private static final String WOMEN = "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông";
    private static Map<String, String> ids;
    private static String axeSource;
    /** What the walk found, made by the first of the two scan tests that runs; the other reads it. */
    private static Walk walk;
    private static RuntimeException walkFailure;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PageScanFixture.class);
    }

    @BeforeAll
    static void fixture() throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                BASE + "-tests/page-scan-fixture")).GET().timeout(Duration.ofMinutes(3)).build(),
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
        Walk seen = walk();
        StringBuilder report = new StringBuilder("axe-core " + AXE_VERSION + ", tags " + TAGS + ": " + seen.axeScanned
                + " page views in " + seen.seconds + " s (the walk, with the plain-words check); serious or critical"
                + " violations per rule (page views): " + seen.perRule + "\n");
        seen.axeFound.forEach(v -> report.append(v).append('\n'));
        Path file = Path.of("target/axe-report.txt");
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
        assertTrue(seen.axeScanned > 80, "pages scanned: " + seen.axeScanned);
        if (!seen.axeFound.isEmpty()) {
            fail(seen.axeFound.size() + " serious or critical violations (all in " + file.toAbsolutePath() + "):\n"
                    + report.substring(0, Math.min(report.length(), 12_000)));
        }
    }

    @Test
    void noPageOfAnyRoleShowsAnIsoDateOrACodeInVietnameseOrEnglish() throws IOException {
        Walk seen = walk();
        Files.writeString(Path.of("target/plain-vietnamese-findings.txt"), String.join("\n", seen.plainProblems),
                StandardCharsets.UTF_8);
        assertTrue(seen.plainScanned >= 150, "pages scanned: " + seen.plainScanned);
        assertEquals(List.of(), seen.plainProblems);
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
        pages.put("/year/covenant.xhtml?bloc=" + bloc + "&year=" + PageScanFixture.DRAFT_YEAR, "movementForm:launch");
        pages.put("/year/covenant.xhtml?bloc=" + bloc + "&year=" + PageScanFixture.YEAR, "yearNav");
        pages.put("/year/scores.xhtml?bloc=" + bloc + "&year=" + PageScanFixture.YEAR, "reviewForm:export");
        pages.put("/year/activities.xhtml?bloc=" + bloc + "&year=" + PageScanFixture.YEAR, "activityForm:saveActivity");
        pages.put("/year/conferences.xhtml?bloc=" + bloc + "&year=" + PageScanFixture.YEAR, "meetingForm:saveMeeting");
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

    /** What the one walk over every page found, per check. */
    private static final class Walk {
        final List<String> axeFound = new ArrayList<>();
        final Map<String, Integer> perRule = new TreeMap<>();
        int axeScanned;
        final List<String> plainProblems = new ArrayList<>();
        int plainScanned;
        long seconds;
    }

    /** The walk, made once for both scan tests (a failure of the walk fails both). */
    private Walk walk() throws IOException {
        if (walkFailure != null) {
            throw new IllegalStateException("the walk over every page failed in the other scan test", walkFailure);
        }
        if (walk == null) {
            try {
                walk = walkEveryPage();
            } catch (RuntimeException e) {
                walkFailure = e;
                throw e;
            }
        }
        return walk;
    }

    /**
     * Every role, every page of its own in Vietnamese (one load: axe-core and the plain-words
     * check on the same page), then, for a logged-in role, the same pages in English (plain words).
     */
    private Walk walkEveryPage() throws IOException {
        long start = System.nanoTime();
        Set<String> codes = portalCodes();
        Walk seen = new Walk();
        for (Role role : Role.values()) {
            List<String> pages = pagesOf(role);
            driver.manage().deleteAllCookies();
            if (role.username != null) {
                login(role.username);
            }
            for (String page : pages) {
                driver.get(BASE + page);
                waitForAjax();
                seen.axeScanned++;
                boolean errorPage = !driver.findElements(By.id("errorTitle")).isEmpty()
                        || (role.username != null && !driver.findElements(By.id("username")).isEmpty());
                if (errorPage && !page.startsWith("/error/") && !page.startsWith("/login")) {
                    seen.axeFound.add(page + " | " + role.column + " | not opened: " + driver.getTitle());
                }
                plainWords(seen, role, "vi", page, codes);
                for (String violation : axe()) {
                    String rule = violation.substring(0, violation.indexOf(' '));
                    seen.perRule.merge(rule, 1, Integer::sum);
                    seen.axeFound.add(page + " | " + role.column + " (" + (role.username == null ? "anonymous" : role.username)
                            + ") | " + violation);
                }
            }
            if (role.username != null) {
                driver.get(BASE + "/index.xhtml");
                driver.findElement(By.id("headerForm:langEn")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:langVi")));
                for (String page : pages) {
                    driver.get(BASE + page);
                    waitForAjax();
                    plainWords(seen, role, "en", page, codes);
                }
            }
        }
        seen.seconds = (System.nanoTime() - start) / 1_000_000_000L;
        return seen;
    }

    /** The plain-words check of the page on the screen: the page must have opened, and its visible text holds no code. */
    private void plainWords(Walk seen, Role role, String language, String page, Set<String> codes) {
        String where = role.column + " " + language + " " + page + ": ";
        if (!page.startsWith("/error/") && !page.startsWith("/login")
                && !driver.findElements(By.id("errorTitle")).isEmpty()) {
            seen.plainProblems.add(where + "the page did not open: " + textOf(By.id("errorTitle")));
            return;
        }
        String text = (String) js("return document.body.innerText;");
        seen.plainProblems.addAll(findings(where, text, codes));
        seen.plainScanned++;
    }

    /** What a person should not read in a page's visible text. */
    static List<String> findings(String where, String text, Set<String> codes) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(ISO_DATE, SNAKE_CODE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(where + "«" + m.group() + "» in «" + around(text, m.start(), m.end()) + "»");
            }
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (codes.contains(m.group())) {
                found.add(where + "code «" + m.group() + "» in «" + around(text, m.start(), m.end()) + "»");
            }
        }
        return found;
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replace('\n', ' ');
    }

    /**
     * The one-word codes of the portal: the names of its enums' values and the audit trail's
     * actions (the keys {@code AuditAction.*} of the page bundle), of five letters or more.
     */
    static Set<String> portalCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        Stream.of(ProposalStatus.values(), DocumentKind.values(), BallotKind.values(), BallotStatus.values(),
                        VotingMode.values(), Seat.values(), AwardKind.values(), ThresholdMode.values(),
                        TieResolution.values(), MeetingKind.values(), CovenantStatus.values(), CriterionKind.values(),
                        ActivityStatus.values(), AssessmentStatus.values(), LeadershipRole.values(), LineageKind.values())
                .flatMap(Stream::of).map(e -> ((Enum<?>) e).name()).forEach(codes::add);
        for (String line : Files.readAllLines(AccessMatrix.root().resolve(
                "web-war/src/main/resources/vn/thidua/web/i18n/messages.properties"), StandardCharsets.UTF_8)) {
            if (line.startsWith("AuditAction.")) {
                codes.add(line.substring("AuditAction.".length(), line.indexOf('=')));
            }
        }
        codes.removeIf(c -> c.length() < 5 || c.contains("_"));
        return codes;
    }

    /**
     * The pages a role opens, each once: the matrix's pages answering 200 for it (for the
     * anonymous visitor also the login form), with the fixture's ids, and the extra states
     * (the open electronic and the leadership ballot, the draft year, the draft proposal,
     * Bloc B's proposal for the Board and Bloc B).
     */
    private static List<String> pagesOf(Role role) {
        Set<String> pages = new LinkedHashSet<>();
        for (AccessMatrix.Row row : AccessMatrix.rows()) {
            String answer = row.answers().get(role);
            boolean loginForm = role == Role.ANONYMOUS && row.target().equals("/index.xhtml");
            if (row.kind().equals("page") && (answer.equals("200") || loginForm)) {
                pages.add(withIds(row.target()));
                if (row.target().contains("ballot={ballot}")) {
                    pages.add(withIds(row.target().replace("{ballot}", "{ballotLeadership}")));
                }
                if (row.target().startsWith("/year/ballots.xhtml") && row.target().contains("{ballot}")) {
                    pages.add(withIds("/year/ballots.xhtml?meeting={meetingE}&ballot={ballotE}"));
                }
                if (row.target().startsWith("/year/covenant.xhtml?bloc={bloc}")) {
                    pages.add(withIds("/year/covenant.xhtml?bloc={bloc}&year=" + PageScanFixture.DRAFT_YEAR));
                    pages.add(withIds("/year/ballots.xhtml?meeting={meetingDraft}"));
                    pages.add(withIds("/year/ballots.xhtml?meeting={meetingDraft}&ballot={ballotDraft}"));
                }
                if (row.target().startsWith("/proposals/view.xhtml") && !role.column.startsWith("board")
                        && !role.column.equals("specialist")) {
                    pages.add(withIds("/proposals/view.xhtml?id={proposalDraft}"));
                }
            }
        }
        if (role == Role.SPECIALIST || role == Role.BOARD_LEADER || role == Role.OTHER_BLOC) {
            pages.add(withIds("/proposals/view.xhtml?id={proposalB}"));
        }
        if (role == Role.SPECIALIST) {
            pages.add("/board/blocs/edit.xhtml");
        }
        return new ArrayList<>(pages);
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
