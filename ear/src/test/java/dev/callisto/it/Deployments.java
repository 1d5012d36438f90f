package dev.callisto.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Tests deploy the very EAR the build produced, not a hand-assembled subset of it. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive callisto() {
        File ear = new File(System.getProperty("ear.file", "target/callisto.ear"));
        return ShrinkWrap.create(ZipImporter.class, "callisto.ear")
                .importFrom(ear)
                .as(EnterpriseArchive.class);
    }
}
