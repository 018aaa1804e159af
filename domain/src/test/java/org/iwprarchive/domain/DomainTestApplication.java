package org.iwprarchive.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration the domain's slice tests start from. */
@SpringBootApplication
class DomainTestApplication {
}
