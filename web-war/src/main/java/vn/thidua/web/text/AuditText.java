package vn.thidua.web.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail in the reader's words (issue 14, item 6). Audit entries are written once
 * and sealed in a hash chain, so their stored codes and details never change; this class
 * turns them into words when a page shows them, for rows old and new alike:
 * <ul>
 * <li>the kind of record ({@code Proposal}) by the bundle key {@code AuditEntity.<type>};</li>
 * <li>the action ({@code SUBMIT}) by {@code AuditAction.<action>};</li>
 * <li>the details by the known patterns the services write (the English phrases in
 * {@link #PHRASES}, each replaced by the bundle's {@code audit.detail.<name>} with the
 * same numbers), then every code that names a value the portal knows
 * ({@code SUBMITTED}, {@code PROVINCIAL_FLAG}: {@link PlainText#CODE_PREFIXES}) by its
 * name, ISO dates as {@code dd/MM/yyyy}, true/false as yes/no. What the user typed (a
 * title, a comment) and unit codes (HLHPN) are left as they are.</li>
 * </ul>
 * A code without a name in the bundle is shown as it is: AuditTextTest checks that every
 * action and type the services record has one.
 */
public final class AuditText {

    /** A phrase the services write in an entry's details, and the key of its words. */
    private record Phrase(Pattern pattern, String key) {
    }

    /** Longest first: a phrase that contains another comes before it. */
    private static final List<Phrase> PHRASES = List.of(
            phrase("(\\d+) ballots cast, held again on paper as (\\d+)", "voidedPaper"),
            phrase("(\\d+) ballots cast, not counted", "voided"),
            phrase("(\\d+) ballots cast", "cast"),
            phrase("paper ballot replacing electronic ballot (\\d+)", "paperCopy"),
            phrase("run-off of ballot (\\d+)", "runoff"),
            phrase("key dealt to the counting committee, (\\d+) of (\\d+) shares to count", "keyDealt"),
            phrase("committee member (\\d+)", "committeeMember"),
            phrase("(\\d+) of (\\d+) shares", "shares"),
            phrase("rules frozen:", "rulesFrozen"),
            phrase("(\\d+) of (\\d+) members present", "presence"),
            phrase("present (\\d+)/(\\d+)", "present"),
            phrase("electronic ballots counted from (\\d+)", "minElectronic"),
            phrase("committee (\\d+) of (\\d+)", "committee"),
            phrase("quorum (\\d+)/(\\d+)", "quorum"),
            phrase("flag first (true|false)", "flagFirst"),
            phrase("flag (\\d+)", "flag"),
            phrase("certificates (\\d+)%", "certificates"),
            phrase("issued (\\d+)", "issued"),
            phrase("returned (\\d+)", "returned"),
            phrase("invalid (\\d+)", "invalid"),
            phrase("^(.+) voted$", "voted"),
            phrase("^(\\w+) confirmed$", "confirmed"),
            phrase("proposal, minutes, count minutes, score table", "dossier"),
            phrase("delegation #(\\d+)", "delegation"),
            phrase("ballot (\\d+)", "ballot"),
            phrase("\\| generated$", "generated"),
            phrase("due (\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4})", "due"),
            phrase("files (\\d+)", "files"),
            phrase("version (\\d+)", "version"),
            phrase("(\\d+) items", "items"),
            phrase("max (\\d[\\d.]*)", "max"),
            phrase("page signed on (\\S+) by ([^|]+?) \\|", "paperSigned"),
            phrase("scan ([^|]+?) \\|", "scan"),
            phrase("\\| by ([^|→]+?) →", "by"),
            phrase("copied from (\\d+)", "copiedFrom"),
            phrase("contributed (\\d+)", "contributed"),
            phrase("(\\d+) attendees", "attendees"),
            phrase("(\\d+) B \\| sha256", "bytes"));

    /** An upper-case code: a whole word of capitals, digits and underscores. */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\d_])");
    private static final Pattern TRUTH = Pattern.compile("(?<![\\p{L}])(true|false)(?![\\p{L}])");

    private AuditText() {
    }

    /** The kind of record an entry is about, in words ({@code Proposal}: "Tờ trình"). */
    public static String entity(String type) {
        return named(PlainText.locale(), "AuditEntity.", type);
    }

    /** What was done, in words ({@code SUBMIT}: "Trình"). */
    public static String action(String action) {
        return named(PlainText.locale(), "AuditAction.", action);
    }

    /** An entry's details in the reader's words. */
    public static String details(String details) {
        return details(PlainText.locale(), details);
    }

    /** The codes of the kinds of record the trail names, in the bundle's order of names. */
    public static List<String> entityTypes() {
        return codes("AuditEntity.");
    }

    /** The codes of the actions the trail names, sorted by their names. */
    public static List<String> actions() {
        return codes("AuditAction.");
    }

    private static List<String> codes(String prefix) {
        Locale locale = PlainText.locale();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(vn.thidua.web.Messages.BUNDLE, locale,
                AuditText.class.getClassLoader());
        return bundle.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .sorted(java.util.Comparator.comparing((String c) -> named(locale, prefix, c),
                        java.text.Collator.getInstance(locale)))
                .toList();
    }

    static String named(Locale locale, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String label = PlainText.find(locale, prefix + code);
        return label == null ? code : label;
    }

    static String details(Locale locale, String details) {
        if (details == null || details.isEmpty()) {
            return "";
        }
        String text = details;
        for (Phrase p : PHRASES) {
            text = replace(text, p, locale);
        }
        text = PlainText.text(locale, text);
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group().length() < 3 ? null : PlainText.label(locale, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(label == null ? m.group() : label));
        }
        m.appendTail(out);
        Matcher t = TRUTH.matcher(out.toString());
        StringBuilder plain = new StringBuilder();
        while (t.find()) {
            t.appendReplacement(plain, Matcher.quoteReplacement(PlainText.find(locale, "audit.detail." + t.group(1))));
        }
        t.appendTail(plain);
        return plain.toString();
    }

    private static String replace(String text, Phrase p, Locale locale) {
        Matcher m = p.pattern().matcher(text);
        if (!m.find()) {
            return text;
        }
        String words = PlainText.find(locale, "audit.detail." + p.key());
        if (words == null) {
            return text;
        }
        m.reset();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Object> groups = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                groups.add(m.group(i));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(new MessageFormat(words, locale).format(groups.toArray())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Phrase phrase(String regex, String key) {
        return new Phrase(Pattern.compile(regex), key);
    }
}
