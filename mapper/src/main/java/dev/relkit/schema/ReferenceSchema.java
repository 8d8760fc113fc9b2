package dev.relkit.schema;

import java.util.List;

/**
 * The classpath locations of relkit's reference schema and seed scripts, in the order they must
 * run. Applications that reuse relkit's mapper XML load the same scripts to get the same tables.
 *
 * <p>Every schema script is idempotent: it drops the tables it creates (children first) and creates
 * them again, so running the list twice leaves the same database. Seed scripts insert the reference
 * scenarios' rows with fixed ids and expect freshly created tables.
 */
public final class ReferenceSchema {

    /** Schema scripts, versioned by file name, parents' tables before children's. */
    public static final List<String> SCHEMA_SCRIPTS = List.of(
            "dev/relkit/schema/V001__hero_team.sql");

    /** Seed scripts for the reference scenarios, run after {@link #SCHEMA_SCRIPTS}. */
    public static final List<String> SEED_SCRIPTS = List.of(
            "dev/relkit/seed/hero_team.sql");

    private ReferenceSchema() {
    }

    /** Schema scripts followed by seed scripts: everything a fresh database needs. */
    public static List<String> allScripts() {
        return java.util.stream.Stream.concat(SCHEMA_SCRIPTS.stream(), SEED_SCRIPTS.stream()).toList();
    }
}
