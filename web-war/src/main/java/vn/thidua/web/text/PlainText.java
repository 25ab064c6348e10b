package vn.thidua.web.text;

import jakarta.faces.context.FacesContext;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.shared.PlainDates;
import vn.thidua.web.Messages;

/**
 * Plain words on every page (issue 14, item 6): the EL functions of the {@code t:} tag
 * library ({@code WEB-INF/thidua.taglib.xml}) that pages use to show a date, a moment, a
 * code or a stored text.
 * <ul>
 * <li>{@code #{t:date(x)}}: a {@code LocalDate} as {@code dd/MM/yyyy}, a moment as
 * {@code dd/MM/yyyy HH:mm} ({@link PlainDates}, the one formatter of the portal);</li>
 * <li>{@code #{t:day(x)}}: only the day of a date or moment;</li>
 * <li>{@code #{t:text(s)}}: a text the portal stored earlier (a notification, a step's
 * comment, a missing document) with the ISO dates and document-kind codes that older
 * versions wrote replaced by plain dates and the kinds' names, so old rows read like new ones;</li>
 * <li>{@code #{t:missing(s)}}: one missing document of a dossier, {@code KIND} or
 * {@code KIND:unit name} as {@code DossierService.missingDocuments} gives it, in words.</li>
 * </ul>
 */
public final class PlainText {

    /** The kinds of a dossier's documents, as older step comments and lists wrote them. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile(
            "\\b(PROPOSAL|MEETING_MINUTES|COUNT_MINUTES|SCORE_TABLE|ACHIEVEMENT_REPORT)(: ?)");

    /**
     * The bundle prefixes under which the portal names its codes (enum values), tried in
     * this order by {@link #label(Locale, String)}.
     */
    static final List<String> CODE_PREFIXES = List.of("ProposalStatus.", "ProposalStep.", "DocumentKind.", "Seat.",
            "BallotKind.", "BallotStatus.", "VotingMode.", "MeetingKind.", "CovenantStatus.", "CriterionKind.",
            "ActivityStatus.", "AssessmentStatus.", "ThresholdMode.", "TieResolution.", "LeadershipRole.",
            "LineageKind.", "Outcome.", "RegisterDocument.", "MeetingFileKind.", "DayKind.", "CertificateQuotaBasis.",
            "SignsAs.");

    private PlainText() {
    }

    /** {@code dd/MM/yyyy} for a date, {@code dd/MM/yyyy HH:mm} for a moment, empty for null. */
    public static String date(Object value) {
        return PlainDates.format(value);
    }

    /** {@code dd/MM/yyyy} of a date or moment, empty for null. */
    public static String day(Object value) {
        return PlainDates.day(value);
    }

    /** A stored text with older ISO dates and document-kind codes in words (null: empty). */
    public static String text(String stored) {
        return text(locale(), stored);
    }

    static String text(Locale locale, String stored) {
        if (stored == null) {
            return "";
        }
        String dated = PlainDates.inText(stored);
        Matcher m = DOCUMENT_KIND.matcher(dated);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = find(locale, "DocumentKind." + m.group(1));
            String sep = m.group(2).equals(":") ? " – " : ": ";
            m.appendReplacement(out, Matcher.quoteReplacement(label == null ? m.group() : label + sep));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One missing document of a dossier in words: "Báo cáo thành tích – Hội Nông dân tỉnh". */
    public static String missing(String code) {
        return missing(locale(), code);
    }

    static String missing(Locale locale, String code) {
        if (code == null) {
            return "";
        }
        int colon = code.indexOf(':');
        String kind = colon < 0 ? code : code.substring(0, colon);
        String label = find(locale, "DocumentKind." + kind);
        return (label == null ? kind : label) + (colon < 0 ? "" : " – " + code.substring(colon + 1));
    }

    /** The name of a code under the first of {@link #CODE_PREFIXES} that has it; null when none has. */
    static String label(Locale locale, String code) {
        for (String prefix : CODE_PREFIXES) {
            String label = find(locale, prefix + code);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** The bundle's text for a key in a language, or null when the bundle has no such key. */
    static String find(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale, PlainText.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The view's language (Vietnamese outside a Faces request). */
    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale()
                : Locale.forLanguageTag("vi");
    }
}
