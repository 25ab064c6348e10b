package vn.thidua.it;

import java.io.File;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: always the real EAR the build produced. */
final class Deployments {

    private Deployments() {
    }

    /** The portal exactly as built (for browser tests, which act from outside). */
    static EnterpriseArchive portal() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("thidua.ear")));
    }

    /** The portal plus a WAR holding in-container tests and their helpers. */
    static EnterpriseArchive portalWithTests(Class<?>... classes) {
        return portalWithTests(null, classes);
    }

    /**
     * The portal plus the tests' WAR, which also sees the server modules named in
     * {@code moduleDependencies} (a MANIFEST Dependencies value, e.g. the Elytron API; null: none).
     */
    static EnterpriseArchive portalWithTests(String moduleDependencies, Class<?>... classes) {
        EnterpriseArchive ear = portal();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "tests.war")
                .addClasses(classes)
                .addClasses(AsBoardSpecialist.class, AsWomenUnion.class, AsYouthUnion.class, AsAdministrator.class, AsSubmitterWithBoardRole.class, AsOtherBlocLeader.class, AsBoardLeader.class, AsSsoNewcomer.class, AsFarmersAssociation.class, AsCheckerWithLeaderRole.class, Work.class, TestData.class, PaperCount.class, SignedPdfs.class, AwardRows.class);
        if (moduleDependencies != null) {
            tests.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: " + moduleDependencies + "\n"));
        }
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>thidua-tests</display-name>
                  <initialize-in-order>true</initialize-in-order>
                  <module><ejb>domain-ejb.jar</ejb></module>
                  <module><web><web-uri>web-war.war</web-uri><context-root>/thidua</context-root></web></module>
                  <module><web><web-uri>tests.war</web-uri><context-root>/thidua-tests</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }
}
