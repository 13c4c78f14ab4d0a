package app.limber.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stretch catalog: every movement and piece of guidance from the five articles.
 *
 * <p>The content is seeded by Flyway and never changes while the app runs, so it is read once, in one read-only
 * transaction, into immutable records. Pages and the routine builder then work on plain Java objects: no lazy
 * loading in templates and no query per request.
 */
@Service
public class Catalog {

    private final List<Movement> movements;
    private final Map<String, Movement> bySlug;
    private final List<Guidance> guidance;
    private final List<Article> articles;
    private final SessionRules sessionRules;

    Catalog(MovementRepository movementRepository, GuidanceRepository guidanceRepository,
            ArticleRepository articleRepository, SlotBlockRepository slotBlockRepository,
            LightCardioRepository lightCardioRepository, PlatformTransactionManager transactionManager) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        this.movements = readOnly.execute(status -> load(movementRepository.findAll()));
        this.bySlug = movements.stream()
                .collect(Collectors.toUnmodifiableMap(Movement::slug, Function.identity()));
        this.guidance = readOnly.execute(status -> guidanceRepository.findAll().stream()
                .sorted(Comparator.comparing(GuidanceEntity::getTopic).thenComparingInt(GuidanceEntity::getSortOrder))
                .map(GuidanceEntity::toGuidance)
                .toList());
        this.articles = readOnly.execute(status -> articleRepository.findAllByOrderById().stream()
                .map(ArticleEntity::toArticle).toList());
        this.sessionRules = readOnly.execute(status -> SessionRules.load(slotBlockRepository.findAll(),
                lightCardioRepository.findAll()));
    }

    private static List<Movement> load(List<MovementEntity> entities) {
        Map<Integer, MovementEntity> byId = entities.stream()
                .collect(Collectors.toMap(MovementEntity::getId, Function.identity()));
        return entities.stream().map(e -> toMovement(e, byId)).sorted(Movement.CATALOG_ORDER).toList();
    }

    private static Movement toMovement(MovementEntity e, Map<Integer, MovementEntity> byId) {
        Map<Integer, Set<Equipment>> groups = new TreeMap<>();
        e.getEquipment().forEach(option -> groups
                .computeIfAbsent(option.optionGroup(), g -> EnumSet.noneOf(Equipment.class))
                .add(option.equipment()));
        List<Variation> variations = e.getVariations().stream()
                .map(v -> new Variation(byId.get(v.variationId()).getSlug(), byId.get(v.variationId()).getName(),
                        v.kind()))
                .sorted(Comparator.comparing(Variation::kind).thenComparing(Variation::name))
                .toList();
        List<Source> sources = e.getSources().stream()
                .sorted(Comparator.comparingInt(SourceRow::articleId))
                .map(SourceRow::toSource)
                .toList();
        return new Movement(e.getId(), e.getSlug(), e.getName(), e.getSummary(), e.getBlock(), e.getStyle(),
                e.getBodyPosition(), e.getFeelIt(), e.dosage(), e.getSteps(), new ArrayList<>(groups.values()),
                enumSet(e.getAreas(), Area.class), enumSet(e.getMuscles(), Muscle.class),
                enumSet(e.getSlots(), Slot.class), e.getCautions(), enumSet(e.getExcludedBy(), Caution.class),
                variations, sources, e.getSourcesDiffer(), e.getSortOrder(),
                e.getSpineDirection(), e.pace(), e.getCues());
    }

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** Every movement, in catalog order: by block, then in the order the articles teach. */
    public List<Movement> movements() {
        return movements;
    }

    public Optional<Movement> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The movement with this slug, or a {@link MovementNotFoundException} (shown as a 404 page). */
    public Movement get(String slug) {
        return find(slug).orElseThrow(() -> new MovementNotFoundException(slug));
    }

    /** Movements passing the query's filters (not its text: see {@code catalog.search}), in catalog order. */
    public List<Movement> filter(CatalogQuery query) {
        return movements.stream().filter(query::matches).toList();
    }

    /** Movements grouped by block in block order (blocks without one are left out). */
    public static Map<Block, List<Movement>> byBlock(List<Movement> movements) {
        Map<Block, List<Movement>> grouped = new LinkedHashMap<>();
        movements.forEach(m -> grouped.computeIfAbsent(m.block(), b -> new ArrayList<>()).add(m));
        return grouped;
    }

    /** The five source articles, in file order. */
    public List<Article> articles() {
        return articles;
    }

    /** The rules of a session's shape (block shares, what each time of day leaves out, what a desk leaves out). */
    public SessionRules sessionRules() {
        return sessionRules;
    }

    public List<Guidance> guidance() {
        return guidance;
    }

    public List<Guidance> guidance(Set<Topic> topics) {
        return guidance.stream().filter(g -> topics.contains(g.topic())).toList();
    }
}
