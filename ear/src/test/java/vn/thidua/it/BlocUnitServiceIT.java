package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.account.entity.PortalUser;
import vn.thidua.account.service.AccountService;
import vn.thidua.account.service.UserView;
import vn.thidua.audit.service.AuditFilter;
import vn.thidua.audit.service.AuditRow;
import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearRow;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.bloc.service.BlocYearView;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.ConcurrentEditException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.PageRequest;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * The bloc, unit, account and audit areas' services in the real WildFly against the real
 * MariaDB: EclipseLink as provider, Vietnamese text intact, unit merges and names per year
 * (the bloc area's succession observer), concurrent bloc-year edits, the leader/deputy
 * rule, member-only reading of the bloc views, single sign-on accounts and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class BlocUnitServiceIT {

    private static final String VIETNAMESE = "Khối thi đua số 03 – Hội Liên hiệp Phụ nữ tỉnh Đắk Nông";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(BlocUnitServiceIT.class);
    }

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private AsBoardSpecialist asBoard;

    @Inject
    private AsWomenUnion asWomenUnion;

    @Inject
    private UnitService units;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private AuditService audit;

    @Inject
    private TestData testData;

    @Inject
    private AsSsoNewcomer asNewcomer;

    @Inject
    private AccountService accounts;

    @Test
    void persistenceProviderIsEclipseLink() {
        // EclipseLink deploys lazily: a first query makes the provider real
        assertTrue(em.createQuery("SELECT COUNT(p) FROM Province p", Long.class).getSingleResult() >= 1);
        assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence."),
                "delegate " + em.getDelegate().getClass().getName());
        assertTrue(em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence."),
                "factory " + em.getEntityManagerFactory().getClass().getName());
    }

    @Test
    void vietnameseTextRoundTripsThroughMariaDb() throws Exception {
        Unit created = asBoard.call(() -> units.createUnit(unitForm("RT" + suffix(), VIETNAMESE)));

        assertEquals(VIETNAMESE, asBoard.call(() -> units.unit(created.getId())).getName());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT name, HEX(name) FROM unit WHERE id = ?")) {
            s.setLong(1, created.getId());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(VIETNAMESE, rs.getString(1));
                assertEquals(HexFormat.of().withUpperCase().formatHex(VIETNAMESE.getBytes(StandardCharsets.UTF_8)),
                        rs.getString(2), "stored bytes are the UTF-8 of the text");
            }
        }
        List<AuditRow> trail = asBoard.call(() -> audit.search(
                new AuditFilter(AsBoardSpecialist.PRINCIPAL, "Unit", "CREATE", null, null, null), PageRequest.of(0, 200))).rows();
        assertTrue(trail.stream().anyMatch(e -> e.getEntityId().equals(String.valueOf(created.getId()))
                && e.getDetails().contains(VIETNAMESE)), "the creation is audited with the name");
    }

    @Test
    void afterMergeEarlierYearKeepsOldNameAndLaterYearShowsSuccessor() throws Exception {
        String s = suffix();
        List<Unit> members = createUnits("MG" + s, 5);
        Unit other = asBoard.call(() -> units.createUnit(unitForm("MGX" + s, "Trung tâm thử nghiệm " + s)));
        Unit merged = members.get(0);
        Long blocId = saveBloc(null, "MGB" + s, "Khối hợp nhất " + s, 2023, ids(members), null, null).getId();
        saveBloc(blocId, "MGB" + s, "Khối hợp nhất " + s, 2024, ids(members), null, null);

        UnitForm successorForm = unitForm("MGS" + s, "Ủy ban Mặt trận Tổ quốc thử nghiệm " + s);
        successorForm.setValidFrom(LocalDate.of(2024, 1, 1));
        Unit successor = asBoard.call(() -> units.mergeUnits(List.of(merged.getId(), other.getId()), successorForm));

        BlocYearView y2023 = asBoard.call(() -> blocs.viewBlocYear(blocId, 2023));
        BlocYearView y2024 = asBoard.call(() -> blocs.viewBlocYear(blocId, 2024));
        assertTrue(names(y2023).contains(merged.getName()), "2023 keeps the old name: " + names(y2023));
        assertFalse(names(y2023).contains(successor.getName()));
        assertTrue(names(y2024).contains(successor.getName()), "2024 shows the successor: " + names(y2024));
        assertFalse(names(y2024).contains(merged.getName()));
        assertEquals(LocalDate.of(2023, 12, 31), asBoard.call(() -> units.unit(merged.getId())).getValidTo());

        List<AuditRow> trail = asBoard.call(() -> audit.search(
                new AuditFilter(null, "Unit", "MERGE", null, null, null), PageRequest.of(0, 50))).rows();
        assertTrue(trail.stream().anyMatch(e -> e.getEntityId().equals(String.valueOf(successor.getId()))
                && AsBoardSpecialist.PRINCIPAL.equals(e.getActor())), "the merge is in the audit trail");
    }

    @Test
    void secondOfTwoConcurrentEditsGetsConflictAndFirstStays() throws Exception {
        String s = suffix();
        List<Unit> members = createUnits("CE" + s, 5);
        Bloc bloc = saveBloc(null, "CEB" + s, "Khối sửa đồng thời " + s, 2024, ids(members), null, null);

        BlocYearForm first = asBoard.call(() -> blocYears.loadBlocYear(bloc.getId(), 2024));
        BlocYearForm second = asBoard.call(() -> blocYears.loadBlocYear(bloc.getId(), 2024));
        first.setName("Tên của người sửa thứ nhất " + s);
        first.setLeaderUnitId(members.get(0).getId());
        asBoard.call(() -> blocYears.saveBlocYear(first));

        second.setName("Tên của người sửa thứ hai " + s);
        second.setLeaderUnitId(members.get(1).getId());
        assertThrows(ConcurrentEditException.class, () -> asBoard.call(() -> blocYears.saveBlocYear(second)));

        BlocYearView stored = asBoard.call(() -> blocs.viewBlocYear(bloc.getId(), 2024));
        assertEquals("Tên của người sửa thứ nhất " + s, stored.name());
        assertEquals(members.get(0).getId(), stored.leader().unitId());

        List<AuditRow> trail = asBoard.call(() -> audit.search(
                new AuditFilter(AsBoardSpecialist.PRINCIPAL, "Bloc", null, null, null, null), PageRequest.of(0, 200))).rows()
                .stream().filter(e -> e.getEntityId().equals(String.valueOf(bloc.getId()))).toList();
        assertEquals(List.of("UPDATE", "CREATE"), trail.stream().map(AuditRow::getAction).toList(),
                "create and the first edit are audited (newest first), the refused edit is not");
    }

    @Test
    void sameUnitAsLeaderAndDeputyIsRefusedAndNothingIsStored() throws Exception {
        String s = suffix();
        List<Unit> members = createUnits("LD" + s, 5);
        long before = countBlocs();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> saveBloc(null, "LDB" + s,
                "Khối trùng khối trưởng " + s, 2024, ids(members), members.get(0).getId(), members.get(0).getId()));
        assertEquals("error.bloc.leaderIsDeputy", refused.getMessageKey());
        assertEquals(before, countBlocs());
    }

    @Test
    void memberRepresentativeReadsOnlyOwnBlocsAndCannotEdit() throws Exception {
        testData.registerTestUsers();
        List<BlocYearRow> mine = asWomenUnion.call(() -> blocs.myBlocs());
        // other test classes add blocs of other years with the Women's Union: every row must be a year it is a member of
        for (BlocYearRow row : mine) {
            BlocYearView year = asBoard.call(() -> blocs.viewBlocYear(row.blocId(), row.year()));
            assertTrue(year.getMembers().stream().anyMatch(m -> "HLHPN".equals(m.getCode())), "a bloc of its own: " + row);
        }
        // the demo's years: Bloc 03 in 2023 and 2024, no other demo bloc (other tests add later years to Bloc 03)
        List<String> demo = mine.stream().filter(r -> r.year() <= 2024 && r.code().matches("KTD0[1-4]"))
                .map(r -> r.code() + " " + r.year()).sorted().toList();
        assertEquals(List.of("KTD03 2023", "KTD03 2024"), demo, "of the demo blocs, Bloc 03 only: " + mine);
        assertTrue(mine.stream().noneMatch(r -> r.code().matches("KTD0[124]")), "no other demo bloc: " + mine);

        Long bloc01 = asBoard.call(() -> blocs.findBlocYears(new BlocFilter(2024, null, "KTD01"),
                PageRequest.of(0, 10))).rows().get(0).blocId();
        assertThrows(AccessDeniedException.class, () -> asWomenUnion.call(() -> blocs.viewBlocYear(bloc01, 2024)));

        Long bloc03 = mine.stream().filter(r -> "KTD03".equals(r.code())).findFirst().orElseThrow().blocId();
        BlocYearForm form = asBoard.call(() -> blocYears.loadBlocYear(bloc03, 2024));
        EJBException denied = assertThrows(EJBException.class, () -> asWomenUnion.call(() -> blocYears.saveBlocYear(form)));
        assertTrue(causedBy(denied, EJBAccessException.class), "refused by @RolesAllowed: " + denied);
    }

    @Test
    void singleSignOnLinksTheFirstLoginToTheUnitOfItsCodeAndStoresNothingForAnUnknownCode() throws Exception {
        String me = AsSsoNewcomer.PRINCIPAL;
        assertEquals(AccountService.SignIn.UNKNOWN_UNIT, asNewcomer.call(() -> accounts.signIn("SXYZ", "Người Mới")));
        assertNull(em.find(PortalUser.class, me), "an unknown unit code stores no user");

        assertEquals(AccountService.SignIn.LINKED, asNewcomer.call(() -> accounts.signIn("HLHPN", "Người Mới")));
        UserView created = asNewcomer.call(() -> accounts.currentUser()).orElseThrow();
        assertEquals("HLHPN", created.unitCode());
        assertEquals("Người Mới", created.displayName());
        assertEquals(List.of("member_representative"), asNewcomer.call(() -> accounts.callerRoles()));
        assertTrue(asNewcomer.call(() -> blocs.myBlocs()).stream().anyMatch(b -> "KTD03".equals(b.code())),
                "the data checks know the new user's unit");

        assertEquals(AccountService.SignIn.LINKED, asNewcomer.call(() -> accounts.signIn("HND", "Người Mới")));
        assertEquals("HND", asNewcomer.call(() -> accounts.currentUser()).orElseThrow().unitCode(),
                "the provider moved the person to another unit");
        List<AuditRow> trail = asBoard.call(() -> audit.search(
                new AuditFilter(me, "PortalUser", null, null, null, null), PageRequest.of(0, 20))).rows();
        assertTrue(trail.stream().anyMatch(e -> "SSO_FIRST_LOGIN".equals(e.getAction()) && e.getDetails().contains("HLHPN")), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> "SSO_UPDATE".equals(e.getAction()) && e.getDetails().contains("HLHPN → HND")), trail.toString());
    }

    @Test
    void auditTrailIsAppendOnly() throws Exception {
        asBoard.call(() -> units.createUnit(unitForm("AU" + suffix(), "Đơn vị kiểm tra nhật ký")));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET actor = 'x'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
        }
        assertTrue(asBoard.call(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 1))).total() > 0);
    }

    private Bloc saveBloc(Long id, String code, String name, int year, List<Long> members, Long leader, Long deputy)
            throws Exception {
        return asBoard.call(() -> {
            BlocYearForm form = id == null ? new BlocYearForm() : blocYears.loadBlocYear(id, year);
            form.setProvinceId(dakNong().getId());
            form.setCode(code);
            form.setName(name);
            form.setYear(year);
            form.setMemberUnitIds(members);
            form.setLeaderUnitId(leader);
            form.setDeputyUnitId(deputy);
            return blocYears.saveBlocYear(form);
        });
    }

    private List<Unit> createUnits(String prefix, int count) throws Exception {
        List<Unit> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = prefix + i;
            created.add(asBoard.call(() -> units.createUnit(unitForm(code, "Đơn vị thử nghiệm " + code))));
        }
        return created;
    }

    private UnitForm unitForm(String code, String name) {
        UnitForm form = new UnitForm();
        form.setProvinceId(dakNong().getId());
        form.setCode(code);
        form.setName(name);
        form.setShortName(code);
        form.setValidFrom(LocalDate.of(2020, 1, 1));
        return form;
    }

    private ProvinceOption dakNong() {
        return units.provinces().stream().filter(p -> p.getCode().equals("DNO")).findFirst().orElseThrow();
    }

    private long countBlocs() {
        return em.createQuery("SELECT COUNT(b) FROM Bloc b", Long.class).getSingleResult();
    }

    private static List<Long> ids(List<Unit> units) {
        return units.stream().map(Unit::getId).toList();
    }

    private static List<String> names(BlocYearView view) {
        return view.members().stream().map(BlocYearView.Member::name).toList();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
