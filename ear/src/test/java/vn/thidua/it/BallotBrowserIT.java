package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Steps 2 to 4 of the DOMAIN.md story in the browser, with the five member accounts: the
 * 2023 leader (Women's Union) records the year-end conference of 27 Dec 2023 and runs
 * the commendation ballot (flag to the Women's Union, certificate to the Youth Union) and
 * the leadership ballot (2024 leader the Youth Union, deputy the Farmers' Association),
 * both electronic and encrypted, each with a counting committee of three whose shares are
 * read from the page in the answer to the opening; two of them are entered at counting.
 * One member votes from a phone-sized screen, one through the JSON API; a tracker is
 * checked on the results and the election record passes the independent verifier.
 * Confirming the results creates the draft proposal and sets the 2024 leadership, which the
 * demo starts without (YearBrowserIT runs the 2024 covenant on a bloc of its own).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BallotBrowserIT extends BrowserSupport {

    private static final String WOMEN = "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông";
    private static final String FARMERS = "Hội Nông dân tỉnh Đắk Nông";
    private static final String VETERANS = "Hội Cựu chiến binh tỉnh Đắk Nông";
    private static final String LABOUR = "Liên đoàn Lao động tỉnh Đắk Nông";
    private static final String YOUTH = "Tỉnh đoàn Đắk Nông";
    private static final List<String> ALL = List.of(WOMEN, FARMERS, VETERANS, LABOUR, YOUTH);

    /** The Women's Union's tracker of the ballot being run, checked on the results. */
    private String womenReceipt;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void yearEndConference2023ElectsTheFlagTheCertificateAndThe2024Leadership() throws Exception {
        login("hlhpn");
        // the demo's 2024 year awaits its leadership ballot: no leader or deputy yet
        openMyBloc(2024);
        String before = textOf(By.id("members"));
        assertTrue(before.contains(YOUTH) && !before.contains("Khối trưởng") && !before.contains("Khối phó"), before);
        driver.get(BASE + "/blocs/mine.xhtml");
        openMyBloc(2023);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("openYear"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("movementForm")));
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Hội nghị']")).click();
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:heldOn_input")));
        // the date picker's own typing rules get in the way of keystrokes: set the field as a paste would
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '27/12/2023';", date);
        driver.findElement(By.id("meetingForm:place")).sendKeys("Hội trường Hội Liên hiệp Phụ nữ tỉnh");
        driver.findElement(By.id("meetingForm:chair")).sendKeys("Chủ tịch Hội LHPN tỉnh");
        driver.findElement(By.id("meetingForm:saveMeeting")).click();
        wait.withMessage(() -> "messages: " + messagesText()).until(d -> messagesText().contains("Đã lưu hội nghị"));
        assertTrue(textOf(By.id("meetingsForm:meetings")).contains("27/12/2023"));
        driver.findElement(By.cssSelector(".ballots-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:title")));
        String ballotsPage = driver.getCurrentUrl();

        // the commendation ballot
        createBallot("Bình bầu đề nghị khen thưởng năm 2023", "Bỏ phiếu bình bầu");
        List<String> shares = prepare("PROVINCIAL_FLAG", List.of(WOMEN), "CERTIFICATE_OF_MERIT", List.of(YOUTH, FARMERS));
        String commendation = driver.getCurrentUrl();
        voteAsEveryMember(commendation, "PROVINCIAL_FLAG", WOMEN, "CERTIFICATE_OF_MERIT", YOUTH);
        switchUser("hlhpn", commendation);
        String results = closeCountAndConfirm(shares);
        assertTrue(results.contains(WOMEN + " 5 (100.00%) Đạt tỷ lệ, trong chỉ tiêu: được đề nghị"), results);
        assertTrue(results.contains(YOUTH + " 5 (100.00%) Đạt tỷ lệ, trong chỉ tiêu: được đề nghị"), results);
        assertTrue(results.contains(FARMERS + " 0 (0.00%) Không đạt tỷ lệ phiếu"), results);
        assertTrue(messagesText().contains("tờ trình đề nghị khen thưởng (dự thảo) đã được tạo"), messagesText());
        assertTrue(textOf(By.id("reconciliation")).contains("Số đơn vị thành viên: 5 · Có mặt: 5 · Phiếu thu về: 5 · Hợp lệ: 5"),
                textOf(By.id("reconciliation")));
        String proposalUrl = driver.findElement(By.id("results:proposalNote")).getAttribute("href");

        // the leadership ballot
        driver.get(ballotsPage);
        createBallot("Lấy phiếu suy tôn khối trưởng, khối phó năm 2024", "Lấy phiếu suy tôn");
        List<String> leadershipShares = prepare("LEADER", List.of(YOUTH, VETERANS), "DEPUTY", List.of(FARMERS, LABOUR));
        String leadership = driver.getCurrentUrl();
        voteAsEveryMember(leadership, "LEADER", YOUTH, "DEPUTY", FARMERS);
        switchUser("hlhpn", leadership);
        String elected = closeCountAndConfirm(leadershipShares);
        assertTrue(elected.contains(YOUTH + " 5 (100.00%)") && elected.contains(FARMERS + " 5 (100.00%)"), elected);
        assertTrue(messagesText().contains("khối trưởng, khối phó năm 2024 đã được cập nhật"), messagesText());

        driver.get(BASE + "/blocs/mine.xhtml");
        openMyBloc(2024);
        String members = textOf(By.id("members"));
        assertTrue(members.contains(YOUTH + " Khối trưởng") && members.contains(FARMERS + " Khối phó"), members);

        approvalChain(proposalUrl);
    }

    /**
     * Step 6: the 2023 leader files the proposal; the Board specialist returns it (achievement
     * report missing); the leader completes the dossier and resubmits; the specialist finds it
     * complete; the Board leader approves, records the Council and the Chair's decision; the
     * registry shows the 2023 flag for the Women's Union and certificate for the Youth Union.
     */
    private void approvalChain(String proposalUrl) throws Exception {
        switchTo("hlhpn", proposalUrl);
        driver.findElement(By.id("leader:submit")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã trình hồ sơ"));
        // the number came from the Women's Union's register of this year, and the page shows it
        String number = textOf(By.id("proposalNumber"));
        assertTrue(number.matches("Số tờ trình: \\d{2,}/TTr-KTĐ03"), number);

        switchTo("chuyenvien", proposalUrl);
        driver.findElement(By.cssSelector(".reason-ACHIEVEMENT_REPORT")).sendKeys("Thiếu báo cáo thành tích của đơn vị được đề nghị");
        driver.findElement(By.id("specialist:return")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã trả lại hồ sơ"));

        switchTo("hlhpn", proposalUrl);
        driver.findElement(By.id("leader:generate")).click();
        // generated in the background: the page shows its progress, then offers the whole dossier (issue 14, item 8)
        wait.until(d -> !d.findElements(By.id("leader:dossierBar")).isEmpty());
        wait.until(d -> messagesText().contains("Đã lập tờ trình"));
        assertTrue(driver.findElement(By.id("leader:dossierZip")).isDisplayed(), "the dossier's .zip offered");
        assertTrue(textOf(By.id("leader:dossierBar")).contains("100"), textOf(By.id("leader:dossierBar")));
        // the Women's Union's report is uploaded; the Youth Union's drafted from the year's data and edited
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("leader:reportUnit"))).selectByVisibleText(WOMEN);
        driver.findElement(By.id("leader:reportFile_input")).sendKeys(report(WOMEN).toString());
        driver.findElement(By.id("leader:addReport")).click();
        wait.until(d -> messagesText().contains("Đã thêm báo cáo thành tích"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("leader:reportUnit"))).selectByVisibleText(YOUTH);
        driver.findElement(By.id("leader:draftReport")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("leader:reportText")).getAttribute("value").startsWith(YOUTH + " là thành viên"));
        driver.findElement(By.id("leader:reportText")).sendKeys(" Tổ chức 12 đợt tình nguyện hè tại xã Quảng Sơn.");
        driver.findElement(By.id("leader:generateReport")).click();
        wait.until(d -> messagesText().contains("Đã thêm báo cáo thành tích"));
        assertTrue(textOf(By.id("missing")).contains("không"), textOf(By.id("missing")));
        driver.findElement(By.id("leader:submit")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã trình hồ sơ"));

        switchTo("chuyenvien", proposalUrl);
        driver.findElement(By.id("specialist:check")).click();
        wait.until(d -> messagesText().contains("Đã xác nhận hồ sơ đầy đủ"));

        switchTo("lanhdaoban", proposalUrl);
        driver.findElement(By.id("boardLeader:approve")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã phê duyệt"));
        driver.findElement(By.id("boardLeader:for")).clear();
        driver.findElement(By.id("boardLeader:for")).sendKeys("9");
        driver.findElement(By.id("boardLeader:council")).click();
        wait.until(d -> messagesText().contains("Đã ghi kết quả của Hội đồng"));
        // a PDF without a digital signature is refused, saying which check failed; nothing moves
        fillDecision(SignedPdfs.unsignedFile("quyet-dinh-245.pdf", "245/QĐ-UBND").toString());
        wait.until(d -> messagesText().contains("không có chữ ký số"));
        assertTrue(textOf(By.id("proposalState")).contains("Hội đồng"), textOf(By.id("proposalState")));
        // the decision signed by the test CA's signer (trusted by the test server) is taken
        fillDecision(SignedPdfs.signedFile("quyet-dinh-245.pdf", "245/QĐ-UBND").toString());
        wait.until(d -> messagesText().contains("Đã ghi quyết định"));
        String history = textOf(By.id("history"));
        assertTrue(history.contains(SignedPdfs.SIGNER), history);
        for (String step : List.of("Trình", "Trả lại", "Trình lại", "Xác nhận hồ sơ đầy đủ", "Phê duyệt", "Hội đồng xét",
                "Quyết định khen thưởng")) {
            assertTrue(history.contains(step), history);
        }

        driver.get(BASE + "/board/dashboard/view.xhtml");
        assertTrue(textOf(By.id("byStatus")).contains("Đã có quyết định"), textOf(By.id("byStatus")));
        assertTrue(textOf(By.id("awardsPerYear")).contains("2023"), textOf(By.id("awardsPerYear")));

        driver.get(BASE + "/registry/search.xhtml");
        WebElement year = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registry:decision")));
        year.sendKeys("245/QĐ-UBND");
        driver.findElement(By.id("registry:search")).click();
        wait.until(d -> textOf(By.id("registry:awards")).contains("245/QĐ-UBND"));
        String awards = textOf(By.id("registry:awards"));
        assertTrue(awards.contains("2023 " + WOMEN + " Cờ thi đua của UBND tỉnh"), awards);
        assertTrue(awards.contains("2023 " + YOUTH + " Bằng khen của Chủ tịch UBND tỉnh"), awards);
        assertTrue(awards.contains(SignedPdfs.SIGNER + ", ký lúc "), awards);
    }

    private void fillDecision(String pdf) {
        WebElement number = driver.findElement(By.id("boardLeader:decisionNumber"));
        number.clear();
        number.sendKeys("245/QĐ-UBND");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '15/01/2024';",
                driver.findElement(By.id("boardLeader:decidedOn_input")));
        WebElement signer = driver.findElement(By.id("boardLeader:signer"));
        signer.clear();
        signer.sendKeys("Chủ tịch UBND tỉnh Đắk Nông");
        driver.findElement(By.id("boardLeader:decisionFile_input")).sendKeys(pdf);
        driver.findElement(By.id("boardLeader:decide")).click();
        confirm();
    }

    private void switchTo(String user, String url) {
        driver.manage().deleteAllCookies();
        login(user);
        driver.get(url);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposalState")));
    }

    private static java.nio.file.Path report(String name) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("dossier")
                .resolve("bao-cao-" + Math.abs(name.hashCode()) + ".pdf");
        java.nio.file.Files.writeString(file, "%PDF-1.4\n% " + name + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private void createBallot(String title, String kind) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("create:kind"))).selectByVisibleText(kind);
        driver.findElement(By.id("create:title")).sendKeys(title);
        driver.findElement(By.id("create:createBallot")).click();
        wait.until(d -> messagesText().contains("Đã tạo phiếu bầu"));
    }

    /**
     * Candidates, members present and the three members of the counting committee, then
     * opening: the answer shows each member's share once (code and a file to download) and
     * what the database's logs record; the shares are read here as the members would copy
     * them, then the page is left for the ballot's own address.
     */
    private List<String> prepare(String seat1, List<String> candidates1, String seat2, List<String> candidates2) {
        for (String unit : candidates1) {
            driver.findElement(checkbox("candidates-" + seat1, unit)).click();
        }
        for (String unit : candidates2) {
            driver.findElement(checkbox("candidates-" + seat2, unit)).click();
        }
        for (String unit : ALL) {
            driver.findElement(By.xpath("//table[@id='prepare:present']//label[normalize-space()='" + unit + "']")).click();
        }
        List<WebElement> names = driver.findElements(By.cssSelector("input.committee-name"));
        assertEquals(3, names.size(), "a committee of three by default");
        List<String> committee = List.of("Trưởng Ban Thi đua - Khen thưởng tỉnh", "Chánh Văn phòng Hội LHPN tỉnh",
                "Phó Bí thư Tỉnh đoàn");
        for (int i = 0; i < 3; i++) {
            names.get(i).sendKeys(committee.get(i));
        }
        driver.findElement(By.id("prepare:savePrepared")).click();
        wait.until(d -> messagesText().contains("Đã lưu ứng viên"));
        driver.findElement(By.id("prepare:openBallot")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã mở bỏ phiếu"));
        String answer = textOf(By.id("shares"));
        assertTrue(answer.contains("Chỉ hiển thị MỘT LẦN") && answer.contains("Cần 2 trong 3 phần khóa"), answer);
        assertTrue(textOf(By.id("databaseLogging")).contains("chỉ ghi nhận đơn vị nào đã bỏ phiếu và các bản mã"),
                textOf(By.id("databaseLogging")));
        List<String> shares = new java.util.ArrayList<>();
        for (int holder = 1; holder <= 3; holder++) {
            String share = textOf(By.id("share-" + holder)).trim();
            assertTrue(share.matches(holder + ":[0-9a-f]{64}"), share);
            shares.add(share);
        }
        List<WebElement> downloads = driver.findElements(By.cssSelector("a.share-download"));
        assertEquals(3, downloads.size());
        assertTrue(downloads.get(0).getAttribute("href").startsWith("data:text/plain")
                && downloads.get(0).getAttribute("download").endsWith("-1.txt"), downloads.get(0).getAttribute("href"));
        driver.findElement(By.id("sharesDone")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballotTitle")));
        assertTrue(driver.findElements(By.id("shares")).isEmpty(), "the shares are shown once, never again");
        return shares;
    }

    /** Every member votes: hnd on a phone-sized screen, ldld through the JSON API, the others on the page. */
    private void voteAsEveryMember(String ballotUrl, String seat1, String choice1, String seat2, String choice2)
            throws Exception {
        for (String member : List.of("hlhpn", "hnd", "hccb", "ldld", "tinhdoan")) {
            if (member.equals("ldld")) {
                voteThroughApi(ballotUrl, seat1, choice1, seat2, choice2);
                continue;
            }
            if (member.equals("hnd")) {
                driver.manage().window().setSize(new Dimension(390, 844));
            }
            switchUser(member, ballotUrl);
            driver.findElement(checkbox("choices-" + seat1, choice1)).click();
            driver.findElement(checkbox("choices-" + seat2, choice2)).click();
            if (member.equals("hnd")) {
                Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, "the voting page fits a phone screen, overflow " + overflow + " px");
            }
            driver.findElement(By.id("vote:cast")).click();
            confirm();
            String receipt = textOf(By.id("receipt"));
            assertTrue(receipt.matches("[0-9a-f]{64}"), "the tracker of the encrypted ballot: " + receipt);
            if (member.equals("hlhpn")) {
                womenReceipt = receipt;
            }
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
        assertTrue(textOf(By.id("waiting")).replace("Chưa bỏ phiếu:", "").isBlank(), textOf(By.id("waiting")));
    }

    /** ldld logs in over HTTP, finds the open ballot, casts through the API, and is refused a second time. */
    private void voteThroughApi(String ballotUrl, String seat1, String choice1, String seat2, String choice2)
            throws Exception {
        Matcher id = Pattern.compile("ballot=(\\d+)").matcher(ballotUrl);
        String ballotId = id.find() ? id.group(1) : lastBallotId();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(BASE + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        http.send(HttpRequest.newBuilder(URI.create(BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=ldld&j_password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&" + PortalClient.LOGIN_TOKEN + "="
                        + PortalClient.loginToken(loginPage))).build(), HttpResponse.BodyHandlers.discarding());
        String mine = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/ballots/mine")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String body = "{\"choices\":{\"" + seat1 + "\":[" + candidateId(mine, ballotId, seat1, choice1) + "],\""
                + seat2 + "\":[" + candidateId(mine, ballotId, seat2, choice2) + "]}}";
        HttpResponse<String> cast = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/ballots/" + ballotId + "/votes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, cast.statusCode(), cast.body());
        assertTrue(cast.body().matches("\\{\"receipt\":\"[0-9a-f]{64}\"\\}"), cast.body());
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/ballots/" + ballotId + "/votes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("đã bỏ phiếu"), again.body());
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(openapi.statusCode() == 200 && openapi.body().contains("\"openapi\""), openapi.body());
    }

    /** The id the API's open ballots list for a unit's candidacy in one seat of one ballot. */
    private static String candidateId(String mine, String ballotId, String seat, String unit) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(mine))) {
            return reader.readArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(b -> b.getJsonNumber("id").toString().equals(ballotId))
                    .flatMap(b -> b.getJsonArray("seats").stream().map(jakarta.json.JsonValue::asJsonObject))
                    .filter(s -> s.getString("seat").equals(seat))
                    .flatMap(s -> s.getJsonArray("candidates").stream().map(jakarta.json.JsonValue::asJsonObject))
                    .filter(c -> c.getString("unit").equals(unit))
                    .map(c -> c.getJsonNumber("id").toString()).findFirst()
                    .orElseThrow(() -> new AssertionError(unit + " as " + seat + " in ballot " + ballotId + " of " + mine));
        }
    }

    private String lastBallotId() {
        List<WebElement> links = driver.findElements(By.cssSelector(".ballot-link"));
        String href = links.get(links.size() - 1).getAttribute("href");
        Matcher id = Pattern.compile("ballot=(\\d+)").matcher(href);
        return id.find() ? id.group(1) : "";
    }

    /**
     * Closes voting; two of the three committee members enter their shares (the first and
     * the third), which makes counting possible; counts, checks the Women's Union tracker
     * and the election record, and confirms.
     */
    private String closeCountAndConfirm(List<String> shares) throws Exception {
        driver.findElement(By.id("manage:closeBallot")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã kết thúc bỏ phiếu"));
        assertTrue(driver.findElements(By.id("manage:countBallot")).isEmpty(), "no count without the committee's shares");
        assertTrue(textOf(By.id("sharesNeeded")).contains("Còn cần 2 phần khóa"), textOf(By.id("sharesNeeded")));
        enterShare(shares.get(0));
        wait.until(d -> messagesText().contains("Còn cần 1 phần khóa nữa"));
        enterShare(shares.get(2));
        wait.until(d -> messagesText().contains("Đã đủ phần khóa"));
        driver.findElement(By.id("manage:countBallot")).click();
        wait.until(d -> messagesText().contains("Đã kiểm phiếu"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .result-row")));
        String sha = textOf(By.id("recordSha256")).trim();
        assertTrue(sha.matches("[0-9a-f]{64}"), sha);
        verifyRecord(driver.findElement(By.id("recordLink")).getAttribute("href"), sha);
        driver.findElement(By.id("results:receiptCode")).sendKeys(womenReceipt);
        driver.findElement(By.id("results:checkReceipt")).click();
        wait.until(d -> textOf(By.id("results:receiptResult")).contains("đã được kiểm"));
        String results = ((String) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#results .result-row')).map(r => r.textContent).join(' | ');"))
                .replaceAll("\\s+", " ");
        // the counting committee, head first, which the count minutes name and which signs them
        driver.findElement(By.id("manage:committeeNames")).sendKeys("Nguyễn Văn An\nTrần Thị Bình");
        driver.findElement(By.id("manage:saveCommittee")).click();
        wait.until(d -> messagesText().contains("Đã lưu ban kiểm phiếu"));
        driver.findElement(By.id("manage:confirmBallot")).click();
        confirm();
        wait.until(d -> messagesText().contains("Đã xác nhận"));
        return results;
    }

    private void enterShare(String share) {
        driver.findElement(By.id("share:shareCode")).sendKeys(share);
        driver.findElement(By.id("share:enterShare")).click();
    }

    /** The election record, fetched as a member and checked by the independent verifier; its SHA-256 as shown. */
    private void verifyRecord(String href, String sha) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(BASE + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        http.send(HttpRequest.newBuilder(URI.create(BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=hccb&j_password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&" + PortalClient.LOGIN_TOKEN + "="
                        + PortalClient.loginToken(loginPage))).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> record = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, record.statusCode(), record.body());
        assertEquals(sha, vn.thidua.ballot.internal.crypto.Tracker.sha256Hex(record.body()), "the record shown is the one counted");
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(record.body()))) {
            vn.thidua.ballot.verifier.ElectionRecordVerifier.Report report =
                    vn.thidua.ballot.verifier.ElectionRecordVerifier.verify(reader.readObject());
            assertTrue(report.passed(), report.failures().toString());
        }
    }

    private void switchUser(String user, String url) {
        driver.manage().deleteAllCookies();
        login(user);
        driver.get(url);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballotTitle")));
    }

    private static By checkbox(String tableClass, String unit) {
        return By.xpath("//table[contains(@class,'" + tableClass + "')]//label[normalize-space()='" + unit + "']");
    }

    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    }
}
