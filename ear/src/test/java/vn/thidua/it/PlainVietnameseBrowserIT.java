package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import vn.thidua.it.AccessMatrix.Row;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.scoring.entity.AssessmentStatus;
import vn.thidua.unit.entity.LineageKind;

/**
 * Plain words on every page (issue 14, item 6): every page of docs/access-matrix.tsv that a
 * role may open (answer 200), opened in Chromium by that role's demo account (anonymous
 * visitors: the login and error pages), first in Vietnamese and then in English, over data of
 * {@link PlainTextFixture#YEAR} that puts dates, statuses, document kinds, return reasons,
 * notifications, ballot outcomes and audit entries on the pages. The visible text of each
 * page ({@code document.body.innerText}: what a person reads; attributes, scripts and hidden
 * elements are not read) must hold none of:
 * <ul>
 * <li>an ISO date: four digits, dash, two digits, dash, two digits ({@link #ISO_DATE}); the
 * portal writes dd/MM/yyyy;</li>
 * <li>a code written in capitals joined by underscores ({@link #SNAKE_CODE}:
 * {@code ACHIEVEMENT_REPORT}, {@code PROVINCIAL_FLAG}, {@code DRAFT_FROM_BALLOT});</li>
 * <li>a code of one word that names a value of the portal ({@link #portalCodes()}: the names
 * of the domain's enums, e.g. {@code PROPOSAL}, {@code SUBMITTED}, {@code COMMENDATION},
 * and the audit trail's actions, e.g. {@code SUBMIT}, {@code CREATE}) as a whole word in
 * capitals. Abbreviations people write in capitals (UBND, HLHPN, a unit's code) are not
 * portal codes and pass; a code of four letters or fewer is not checked as a word, since
 * such words are as likely to be abbreviations.</li>
 * </ul>
 * Each page that a role may open must really be that page (no error page), so that the scan
 * covers what the page shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlainVietnameseBrowserIT extends BrowserSupport {

    static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    static final Pattern SNAKE_CODE = Pattern.compile("(?<![\\p{L}\\d_])[A-Z]{2,}(?:_[A-Z0-9]+)+(?![\\p{L}\\d_])");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d_])[A-Z]{5,}(?![\\p{L}\\d_])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PlainTextFixture.class, PlainTextServlet.class);
    }

    @Test
    void noPageOfAnyRoleShowsAnIsoDateOrACodeInVietnameseOrEnglish() throws Exception {
        Map<String, Long> ids = fixture();
        Set<String> codes = portalCodes();
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        for (Role role : Role.values()) {
            List<String> targets = targets(role, ids);
            driver.manage().deleteAllCookies();
            if (role.username != null) {
                login(role.username);
            }
            for (String language : List.of("vi", "en")) {
                if (language.equals("en")) {
                    driver.get(BASE + "/login.xhtml");
                    if (role.username != null) {
                        driver.get(BASE + "/index.xhtml");
                        driver.findElement(By.id("headerForm:langEn")).click();
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:langVi")));
                    } else {
                        continue;
                    }
                }
                for (String target : targets) {
                    driver.get(BASE + target);
                    waitForAjax();
                    String where = role.column + " " + language + " " + target + ": ";
                    if (!target.startsWith("/error/") && !target.startsWith("/login")
                            && !driver.findElements(By.id("errorTitle")).isEmpty()) {
                        problems.add(where + "the page did not open: " + textOf(By.id("errorTitle")));
                        continue;
                    }
                    String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
                    problems.addAll(findings(where, text, codes));
                    scanned++;
                }
            }
        }
        Files.writeString(java.nio.file.Path.of("target/plain-vietnamese-findings.txt"), String.join("\n", problems),
                StandardCharsets.UTF_8);
        assertTrue(scanned >= 150, "pages scanned: " + scanned);
        assertEquals(List.of(), problems);
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

    /** The pages the role may open (the matrix's 200 cells) with the fixture's ids, plus the leadership ballot and Bloc B's proposal. */
    private static List<String> targets(Role role, Map<String, Long> ids) {
        Set<String> targets = new LinkedHashSet<>();
        for (Row row : AccessMatrix.rows()) {
            if (!row.kind().equals("page") || !row.answers().get(role).equals("200")) {
                continue;
            }
            targets.add(resolve(row.target(), ids));
            if (row.target().contains("ballot={ballot}")) {
                targets.add(resolve(row.target().replace("{ballot}", "{ballotLeadership}"), ids));
            }
        }
        if (role == Role.SPECIALIST || role == Role.BOARD_LEADER || role == Role.OTHER_BLOC) {
            targets.add(resolve("/proposals/view.xhtml?id={proposalB}", ids));
        }
        return new ArrayList<>(targets);
    }

    private static String resolve(String target, Map<String, Long> ids) {
        Matcher m = PLACEHOLDER.matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Long id = ids.get(m.group(1));
            if (id == null) {
                throw new IllegalStateException("no id for " + m.group() + " in " + target);
            }
            m.appendReplacement(out, String.valueOf(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replace('\n', ' ');
    }

    private static Map<String, Long> fixture() throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE.replace("/thidua", "/thidua-tests") + "/plain-text"))
                .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, made.statusCode(), made.body());
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String line : made.body().split("\n")) {
            if (line.contains("=")) {
                ids.put(line.substring(0, line.indexOf('=')), Long.valueOf(line.substring(line.indexOf('=') + 1).trim()));
            }
        }
        return ids;
    }
}
