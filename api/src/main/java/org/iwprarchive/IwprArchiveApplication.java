package org.iwprarchive;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The IWPR archive service: ingest, archive and search of IWPR reporting over REST. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IwprArchiveApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IwprArchiveApplication.class);
        boolean commandLine = Arrays.stream(args).anyMatch(arg -> arg.equals("--ingest") || arg.startsWith("--ingest=")
                || arg.equals("--import") || arg.startsWith("--import="));
        if (commandLine) {
            // the one-shot command-line mode: no web server, no background worker, no example article
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of(
                    "iwpr.ingest.run-jobs", "false",
                    "iwpr.example-data.enabled", "false"));
        }
        ConfigurableApplicationContext context = application.run(args);
        if (commandLine) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
