package vn.thidua.regulation.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.RegulationDocument;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.meeting.service.MeetingView;
import vn.thidua.register.service.Issue;
import vn.thidua.register.service.RegisterKind;
import vn.thidua.register.service.RegisterNumber;
import vn.thidua.register.service.RegisterService;
import vn.thidua.regulation.entity.RegulationArticle;
import vn.thidua.regulation.entity.RegulationStatus;
import vn.thidua.regulation.entity.RegulationVersion;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.PlainDates;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;

/**
 * A bloc's regulation (quy chế hoạt động của khối): the year's leader (or deputy, or a Board
 * specialist entering what was decided on paper) drafts a version, a held conference of the
 * bloc and year adopts it, and it takes a number (QC) from the leader unit's register. The
 * version in force for a year is the last adopted of that year or before; earlier versions
 * stay readable. Members of the bloc that year and the Board read it.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class RegulationService {

    /** The document type of a regulation version in the register. */
    public static final String DOCUMENT_TYPE = "REGULATION";

    private static final Logger LOG = Logger.getLogger(RegulationService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private MeetingService meetings;

    @Inject
    private RegisterService registers;

    @Inject
    private DocumentService documents;

    @Inject
    private AuditService audit;

    /** Every version of the bloc's regulation drafted in {@code year} or before, latest first, with its articles. */
    public List<RegulationView> versions(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return read(blocId, year);
    }

    /** The version in force in {@code year}: the last one adopted among those drafted that year or before. */
    public Optional<RegulationView> inForce(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return inForceOf(read(blocId, year));
    }

    /**
     * Drafts a new version ({@code form.id} null) or changes a draft: the year's leader or
     * deputy, or a Board specialist. An adopted version never changes.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Long draftRegulation(@NotNull @Valid RegulationForm form) {
        access.requireKeeper(form.getBlocId(), form.getYear());
        RegulationVersion version;
        if (form.getId() == null) {
            int next = ((Number) em.createNamedQuery(RegulationVersion.LAST_NUMBER)
                    .setParameter("bloc", form.getBlocId()).getSingleResult()).intValue() + 1;
            version = new RegulationVersion(blocs.blocOf(form.getBlocId()), form.getYear(), next, caller(),
                    LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        } else {
            version = version(form.getId());
            if (!version.getBloc().getId().equals(form.getBlocId()) || version.getYear() != form.getYear()) {
                throw new AccessDeniedException();
            }
        }
        version.write(form.getTitle(), form.getArticles().stream().map(RegulationForm.Article::getHeading).toList(),
                form.getArticles().stream().map(RegulationForm.Article::getText).toList());
        if (version.getId() == null) {
            em.persist(version);
        }
        em.flush();
        audit.record("Regulation", version.getId(), form.getId() == null ? "DRAFT" : "UPDATE_DRAFT",
                "v" + version.getNumber() + " | " + version.getTitle() + " | " + form.getArticles().size() + " articles");
        return version.getId();
    }

    /**
     * Adopts a draft at a conference: only a held conference (its attendance recorded) of the
     * version's bloc and year; the version takes its number from the leader unit's register,
     * dated the conference's day, and the version in force until then is superseded.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public RegulationView adoptRegulation(@NotNull Long versionId, @NotNull Long meetingId) {
        RegulationVersion version = version(versionId);
        Long blocId = version.getBloc().getId();
        int year = version.getYear();
        access.requireKeeper(blocId, year);
        if (version.getStatus() != RegulationStatus.DRAFT) {
            throw new InvalidInputException("error.regulation.adopted", version.getNumber());
        }
        MeetingView conference = meetings.meetings(blocId, year).stream().filter(m -> m.id().equals(meetingId))
                .findFirst().orElseThrow(() -> new InvalidInputException("error.regulation.otherConference", year));
        if (conference.attendeeCount() == 0) {
            throw new InvalidInputException("error.regulation.notHeld", PlainDates.format(conference.heldOn()));
        }
        Unit leader = blocs.leaderUnit(blocId, year)
                .orElseThrow(() -> new InvalidInputException("error.regulation.noLeader", year));
        List<RegulationVersion> before = em.createNamedQuery(RegulationVersion.ADOPTED_OF_BLOC, RegulationVersion.class)
                .setParameter("bloc", blocId).getResultList();
        before.forEach(RegulationVersion::supersede);
        Meeting meeting = meetings.meeting(meetingId);
        RegisterNumber number = registers.take(new Issue(leader.getId(), RegisterKind.REGULATION, DOCUMENT_TYPE,
                version.getId(), documents.text("regulation.summary", version.getNumber(), version.getTitle()),
                Issue.blocAbbreviation(version.getBloc().getCode()), meeting.getHeldOn()));
        version.adopt(meeting, number.sign());
        em.flush();
        audit.record("Regulation", version.getId(), "ADOPT", "v" + version.getNumber() + " | meeting " + meetingId
                + " " + meeting.getHeldOn() + " | " + number.sign()
                + (before.isEmpty() ? "" : " | supersedes v" + before.get(0).getNumber()));
        LOG.info(() -> "Regulation of bloc " + blocId + ": version " + version.getNumber() + " adopted at meeting "
                + meetingId + " as " + number.sign());
        return read(blocId, year).stream().filter(v -> v.id().equals(versionId))
                .findFirst().orElseThrow();
    }

    /** A version as an official document (Decree 30 layout), PDF or .docx, with its number once adopted. */
    public byte[] regulationDocument(@NotNull Long versionId, @NotNull DocumentFormat format) {
        RegulationVersion version = version(versionId);
        Bloc bloc = version.getBloc();
        access.requireReadAccess(bloc.getId(), version.getYear());
        RegulationView v = read(bloc.getId(), version.getYear()).stream().filter(r -> r.id().equals(versionId))
                .findFirst().orElseThrow();
        Unit leader = blocs.leaderUnit(bloc.getId(), version.getYear()).orElse(null);
        RegulationDocument document = new RegulationDocument(documents.blocHeader(bloc.provinceOn(
                v.adoptedOn() == null ? LocalDate.now() : v.adoptedOn()).getName(),
                bloc.getName(), bloc.getCode(), v.adoptedOn() == null ? LocalDate.now() : v.adoptedOn()), v.sign(),
                bloc.getName(), v.title(), v.number(), v.meetingKind() == null ? null : v.meetingKind().name(),
                v.meetingDay() == null ? null : v.year(), v.adoptedOn(),
                v.articles().stream().map(a -> new RegulationDocument.Article(a.heading(), a.text())).toList(),
                leader == null ? null : leader.getSignerName());
        return format == DocumentFormat.DOCX ? documents.regulationDocx(document) : documents.regulationPdf(document);
    }

    // ---- internals ----

    static Optional<RegulationView> inForceOf(List<RegulationView> versions) {
        return versions.stream().filter(v -> v.adoptedOn() != null)
                .max(Comparator.comparing(RegulationView::adoptedOn).thenComparing(RegulationView::number));
    }

    /** The versions of the bloc drafted in {@code year} or before with their articles: two queries. */
    private List<RegulationView> read(Long blocId, int year) {
        Map<Long, List<RegulationView.Article>> articles = new HashMap<>();
        for (Object[] r : em.createNamedQuery(RegulationArticle.ROWS_OF_BLOC, Object[].class)
                .setParameter("bloc", blocId).getResultList()) {
            articles.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new RegulationView.Article((Integer) r[1], (String) r[2], (String) r[3]));
        }
        return em.createNamedQuery(RegulationVersion.ROWS_OF_BLOC, Object[].class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList().stream()
                .map(r -> new RegulationView((Long) r[0], (Integer) r[1], (Integer) r[2], (String) r[3],
                        (RegulationStatus) r[4], (Long) r[5], (MeetingKind) r[6], (LocalDate) r[7], (LocalDate) r[8],
                        (String) r[9], articles.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    private RegulationVersion version(Long id) {
        RegulationVersion version = em.find(RegulationVersion.class, id);
        if (version == null) {
            throw new NotFoundException("RegulationVersion", id);
        }
        return version;
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? AuditService.SYSTEM_ACTOR : context.getCallerPrincipal().getName();
    }
}
