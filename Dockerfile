# Build stage: the Maven wrapper builds the runnable jar of the api module.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/
COPY ingest/pom.xml ingest/
COPY search/pom.xml search/
COPY api/pom.xml api/
RUN ./mvnw -B -ntp -q dependency:go-offline -DexcludeReactor=true || true
COPY domain domain
COPY ingest ingest
COPY search search
COPY api api
RUN ./mvnw -B -ntp -q -DskipTests package

# Run stage: a JRE and the jar, as an unprivileged user. The jar targets Java 17; it runs on 25, where Lucene
# reads the index through memory segments (12% less CPU a search than on 17, see docs/benchmarks.md).
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/iwpr iwpr && mkdir -p /var/lib/iwpr && chown iwpr /var/lib/iwpr
USER iwpr
WORKDIR /var/lib/iwpr
COPY --from=build /src/api/target/iwpr-archive.jar /opt/iwpr/iwpr-archive.jar
ENV IWPR_DATA_DIRECTORY=/var/lib/iwpr/data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD wget -qO- http://localhost:8080/actuator/health/readiness >/dev/null 2>&1 || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--enable-native-access=ALL-UNNAMED", "-jar", "/opt/iwpr/iwpr-archive.jar"]
