package org.omicsbatch.aws;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;

/** S3 uploads against S3Mock, embedded, no Docker. */
class S3FilesOnS3MockTest extends S3FilesContract {
    static {
        // The app's slf4j-nop binding and S3Mock's Logback both sit on the test class path; Spring Boot
        // refuses to start unless it leaves logging alone.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        // fastexcel brings the Aalto StAX parser, which the service loader would hand S3Mock's XML
        // writer; S3Mock configures Woodstox-only properties.
        System.setProperty("javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory");
    }

    @RegisterExtension
    static final S3MockExtension S3 = S3MockExtension.builder().silent().withInitialBuckets("lab-bucket").build();

    @Override
    URI endpoint() {
        return URI.create("http://localhost:" + S3.getHttpPort());
    }
}
