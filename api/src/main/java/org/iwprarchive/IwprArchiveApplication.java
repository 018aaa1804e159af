package org.iwprarchive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The IWPR archive service: ingest, archive and search of IWPR reporting over REST. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IwprArchiveApplication {

    public static void main(String[] args) {
        SpringApplication.run(IwprArchiveApplication.class, args);
    }
}
