package app.limber.upgrade;

import app.limber.catalog.Block;
import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.follow.OwnerHash;
import app.limber.routine.Dose;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.RoutineRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database as the first release left it: Flyway's own migrations up to V4 (the first released schema), then
 * saved routines (items, equipment, cautions) and history rows written with plain SQL, the way that release
 * stored them: tokens in clear, a history row holding a saved routine's link in clear.
 */
final class ReleasedSchema {

    static final String TOKEN_EVENING = "ReleasedEveningToken_1";
    static final String TOKEN_DESK = "ReleasedDesk-Token-002";
    /** The history owner's identifier, as their browser's cookie holds it. */
    static final String OWNER = "Released-history-owner-identifier-000000001";
    static final String OTHER_OWNER = "Released-history-owner-identifier-000000002";

    /** One stored item: what the routine must show after the upgrade. */
    record Item(String slug, Block block, Dose dose) {
    }

    /** One stored routine. */
    record Routine(String token, String name, RoutineRequest request, List<Item> items) {
    }

    final List<Routine> routines = new ArrayList<>();

    private ReleasedSchema() {
    }

    /** Migrates the empty database behind the URL to V4 and fills it. */
    static ReleasedSchema create(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("4")
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        ReleasedSchema schema = new ReleasedSchema();
        schema.fill(jdbc);
        return schema;
    }

    private void fill(JdbcTemplate jdbc) {
        // Real movements of the V2 catalog, one of each dosage kind, so every figure of a dose is exercised.
        List<Map<String, Object>> movements = jdbc.queryForList("select slug, block, hold_min_seconds, reps_min,"
                + " duration_min_seconds, each_side from movement order by sort_order");
        Map<String, Object> hold = first(movements, "hold_min_seconds");
        Map<String, Object> reps = first(movements, "reps_min");
        Map<String, Object> duration = first(movements, "duration_min_seconds");

        routines.add(insert(jdbc, TOKEN_EVENING, "Evening before the upgrade",
                new RoutineRequest(Slot.EVENING, 10, EnumSet.of(Equipment.FOAM_ROLLER, Equipment.TOWEL_OR_PILLOW),
                        Place.HOME, EnumSet.of(Caution.NECK, Caution.LOWER_BACK), Focus.STIFFNESS,
                        LocalDate.of(2026, 11, 20), 2),
                List.of(item(hold, new Dose(25, null, 2, each(hold), null)),
                        item(reps, new Dose(null, 8, 3, each(reps), null)),
                        item(duration, new Dose(null, null, 1, each(duration), 90)))));
        routines.add(insert(jdbc, TOKEN_DESK, "Desk routine, \u00e9t\u00e9 \u2014 old",
                new RoutineRequest(Slot.MIDDAY, 5, EnumSet.noneOf(Equipment.class), Place.DESK,
                        EnumSet.noneOf(Caution.class), null, LocalDate.of(2026, 11, 19), 0),
                List.of(item(reps, new Dose(null, 12, 1, each(reps), null)))));

        List<String> slugs = movements.stream().map(m -> (String) m.get("slug")).limit(3).toList();
        session(jdbc, slugs, OWNER, "/routines/" + TOKEN_EVENING, "Evening before the upgrade", "EVENING",
                "2026-11-20T20:15:00Z", 3, 2);
        session(jdbc, slugs, OWNER, "/routines/generate?slot=midday&minutes=5&place=desk", "Midday routine, 5 min",
                "MIDDAY", "2026-11-21T11:00:00Z", 2, 2);
        session(jdbc, slugs, OTHER_OWNER, "/routines/" + TOKEN_DESK, "Desk routine", "MIDDAY",
                "2026-11-21T12:00:00Z", 1, 0);
    }

    private static Map<String, Object> first(List<Map<String, Object>> movements, String column) {
        return movements.stream().filter(m -> m.get(column) != null).findFirst().orElseThrow();
    }

    private static boolean each(Map<String, Object> movement) {
        return (Boolean) movement.get("each_side");
    }

    private static Item item(Map<String, Object> movement, Dose dose) {
        return new Item((String) movement.get("slug"), Block.valueOf((String) movement.get("block")), dose);
    }

    private static Routine insert(JdbcTemplate jdbc, String token, String name, RoutineRequest request,
                                  List<Item> items) {
        // Stored in block order, as the builder writes routines.
        List<Item> ordered = items.stream().sorted(Comparator.comparing(Item::block)).toList();
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(2026, 11, 19, 9, 30));
        // Ids from the identity columns, as the release's inserts got them (so later inserts do not collide).
        jdbc.update("insert into saved_routine (token, name, slot, minutes, place, focus, plan_date, shuffle,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                token, name, request.slot().name(), request.minutes(), request.place().name(),
                request.focus() == null ? null : request.focus().name(), java.sql.Date.valueOf(request.date()),
                request.shuffle(), created, created);
        long id = jdbc.queryForObject("select id from saved_routine where token = ?", Long.class, token);
        request.equipment().forEach(e -> jdbc.update(
                "insert into saved_routine_equipment (routine_id, equipment) values (?, ?)", id, e.name()));
        request.cautions().forEach(c -> jdbc.update(
                "insert into saved_routine_caution (routine_id, caution) values (?, ?)", id, c.name()));
        for (int position = 0; position < ordered.size(); position++) {
            Item item = ordered.get(position);
            Dose dose = item.dose();
            jdbc.update("insert into saved_routine_item (routine_id, position, slug, block, hold_seconds, reps,"
                            + " sets, each_side, duration_seconds, reason_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, position, item.slug(), item.block().name(), dose.holdSeconds(), dose.reps(), dose.sets(),
                    dose.eachSide(), dose.durationSeconds(), "routine.reason.windDown");
        }
        return new Routine(token, name, request, ordered);
    }

    private static void session(JdbcTemplate jdbc, List<String> slugs, String owner, String path, String name, String slot,
                                String at, int movements, int done) {
        Timestamp loggedAt = Timestamp.from(Instant.parse(at));
        jdbc.update("insert into logged_session (owner_hash, logged_at, zone, routine_path, routine_name, slot,"
                        + " planned_seconds, duration_seconds, tightness_before, tightness_after)"
                        + " values (?, ?, 'Europe/Berlin', ?, ?, ?, 600, 540, 6, 3)",
                OwnerHash.of(owner).value(), loggedAt, path, name, slot);
        long id = jdbc.queryForObject("select id from logged_session where owner_hash = ? and logged_at = ?",
                Long.class, OwnerHash.of(owner).value(), loggedAt);
        for (int position = 0; position < movements; position++) {
            jdbc.update("insert into logged_movement (session_id, position, slug, done) values (?, ?, ?, ?)",
                    id, position, slugs.get(position), position < done);
        }
    }
}
