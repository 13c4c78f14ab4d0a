package app.limber.catalog;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stretch catalog: every movement and piece of guidance from the five articles.
 *
 * <p>The content is seeded by Flyway and never changes while the app runs, so it is read once, in one read-only
 * transaction, into immutable records. Pages and the routine builder then work on plain Java objects: no lazy
 * loading in templates and no query per request.
 *
 * <p>Translations (V18's tables) are read in the same pass: every language gets its own fixed copy of the catalog
 * ({@link #movements(Locale)}, {@link #guidance(Locale)}), and the movements of {@link #movements()} answer in the
 * language of the request being served (see {@link Movement}). English is the fallback, field by field.
 */
@Service
public class Catalog {

    private final List<Movement> movements;
    private final Map<String, Movement> bySlug;
    /** Every language's copy of the catalog, fixed to its words ("en" included), by language. */
    private final Map<String, List<Movement>> movementsIn;
    private final Map<String, Map<String, Movement>> bySlugIn;
    private final Map<String, List<Guidance>> guidanceIn;
    private final List<Article> articles;
    private final SessionRules sessionRules;

    @Autowired
    Catalog(MovementRepository movementRepository, GuidanceRepository guidanceRepository,
            ArticleRepository articleRepository, SlotBlockRepository slotBlockRepository,
            LightCardioRepository lightCardioRepository, PlatformTransactionManager transactionManager) {
        this(Stored.read(movementRepository, guidanceRepository, articleRepository, slotBlockRepository,
                lightCardioRepository, transactionManager));
    }

    private Catalog(Stored stored) {
        this(stored.movements(), stored.guidance(), stored.articles(), stored.sessionRules());
    }

    /**
     * A catalog of this content (the stored one, or a test's).
     *
     * @param guidance the guidance in each language, by language; English ("en") is the fallback
     */
    Catalog(List<Movement> movements, Map<String, List<Guidance>> guidance, List<Article> articles,
            SessionRules sessionRules) {
        this.movements = List.copyOf(movements);
        this.bySlug = movements.stream()
                .collect(Collectors.toUnmodifiableMap(Movement::slug, Function.identity()));
        Set<String> languages = new TreeSet<>(guidance.keySet());
        languages.add(Translations.ENGLISH);
        movements.forEach(m -> languages.addAll(m.texts().keySet()));
        Map<String, List<Movement>> in = new HashMap<>();
        Map<String, Map<String, Movement>> bySlugs = new HashMap<>();
        Map<String, List<Guidance>> guidanceIn = new HashMap<>();
        for (String lang : languages) {
            List<Movement> fixed = movements.stream().map(m -> m.in(Locale.forLanguageTag(lang))).toList();
            in.put(lang, fixed);
            bySlugs.put(lang, fixed.stream().collect(Collectors.toUnmodifiableMap(Movement::slug, Function.identity())));
            guidanceIn.put(lang, List.copyOf(guidance.getOrDefault(lang, guidance.getOrDefault(Translations.ENGLISH,
                    List.of()))));
        }
        this.movementsIn = Map.copyOf(in);
        this.bySlugIn = Map.copyOf(bySlugs);
        this.guidanceIn = Map.copyOf(guidanceIn);
        this.articles = List.copyOf(articles);
        this.sessionRules = sessionRules;
    }

    /** The catalog as stored, read in one read-only transaction per table group. */
    private record Stored(List<Movement> movements, Map<String, List<Guidance>> guidance, List<Article> articles,
                          SessionRules sessionRules) {

        static Stored read(MovementRepository movementRepository, GuidanceRepository guidanceRepository,
                           ArticleRepository articleRepository, SlotBlockRepository slotBlockRepository,
                           LightCardioRepository lightCardioRepository, PlatformTransactionManager transactions) {
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            List<Movement> movements = readOnly.execute(status -> load(movementRepository.findAll()));
            Map<String, List<Guidance>> guidance = readOnly.execute(status -> {
                List<GuidanceEntity> entities = guidanceRepository.findAll().stream()
                        .sorted(Comparator.comparing(GuidanceEntity::getTopic)
                                .thenComparingInt(GuidanceEntity::getSortOrder))
                        .toList();
                Set<String> languages = new TreeSet<>();
                entities.forEach(g -> languages.addAll(g.languages()));
                Map<String, List<Guidance>> in = new HashMap<>();
                in.put(Translations.ENGLISH, entities.stream().map(GuidanceEntity::toGuidance).toList());
                languages.forEach(lang -> in.put(lang, entities.stream().map(g -> g.toGuidance(lang)).toList()));
                return in;
            });
            List<Article> articles = readOnly.execute(status -> articleRepository.findAllByOrderById().stream()
                    .map(ArticleEntity::toArticle).toList());
            SessionRules rules = readOnly.execute(status -> SessionRules.load(slotBlockRepository.findAll(),
                    lightCardioRepository.findAll()));
            return new Stored(movements, guidance, articles, rules);
        }
    }

    private static List<Movement> load(List<MovementEntity> entities) {
        Map<Integer, MovementEntity> byId = entities.stream()
                .collect(Collectors.toMap(MovementEntity::getId, Function.identity()));
        Set<String> languages = new TreeSet<>();
        entities.forEach(e -> languages.addAll(e.languages()));
        return entities.stream().map(e -> toMovement(e, byId, languages)).sorted(Movement.CATALOG_ORDER).toList();
    }

    private static Movement toMovement(MovementEntity e, Map<Integer, MovementEntity> byId, Set<String> languages) {
        Map<Integer, Set<Equipment>> groups = new TreeMap<>();
        e.getEquipment().forEach(option -> groups
                .computeIfAbsent(option.optionGroup(), g -> EnumSet.noneOf(Equipment.class))
                .add(option.equipment()));
        List<Variation> variations = variations(e, byId, Translations.ENGLISH);
        List<Source> sources = e.getSources().stream()
                .sorted(Comparator.comparingInt(SourceRow::articleId))
                .map(SourceRow::toSource)
                .toList();
        Map<String, Movement.Text> texts = new HashMap<>();
        // Every movement gets every language the catalog has, English filling each gap, so a page never mixes a
        // translated movement's words with another's missing ones differently from field to field.
        languages.forEach(lang -> texts.put(lang, e.text(lang, variations(e, byId, lang))));
        return new Movement(e.getId(), e.getSlug(), e.getName(), e.getSummary(), e.getBlock(), e.getStyle(),
                e.getBodyPosition(), e.getFeelIt(), e.dosage(), e.getSteps(), new ArrayList<>(groups.values()),
                enumSet(e.getAreas(), Area.class), enumSet(e.getMuscles(), Muscle.class),
                enumSet(e.getSlots(), Slot.class), e.getCautions(), enumSet(e.getExcludedBy(), Caution.class),
                variations, sources, e.getSourcesDiffer(), e.getSortOrder(),
                e.getSpineDirection(), e.pace(), e.getCues(), texts);
    }

    /** The entries done differently, named in the language and in its alphabetical order within each kind. */
    private static List<Variation> variations(MovementEntity e, Map<Integer, MovementEntity> byId, String lang) {
        Comparator<String> names = lang.equals(Translations.ENGLISH)
                ? Comparator.naturalOrder() : Collator.getInstance(Locale.forLanguageTag(lang))::compare;
        return e.getVariations().stream()
                .map(v -> new Variation(byId.get(v.variationId()).getSlug(), byId.get(v.variationId()).name(lang),
                        v.kind()))
                .sorted(Comparator.comparing(Variation::kind).thenComparing(Variation::name, names))
                .toList();
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

    /** The same, in the locale's language. */
    public List<Movement> filter(CatalogQuery query, Locale locale) {
        return movements(locale).stream().filter(query::matches).toList();
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

    /** The languages the catalog has words in: English and every language with a translation. */
    public Set<String> languages() {
        return movementsIn.keySet();
    }

    /**
     * Every movement in catalog order, fixed to the locale's language (English where it has no translation, field
     * by field). The other fields are those of {@link #movements()}.
     */
    public List<Movement> movements(Locale locale) {
        return movementsIn.getOrDefault(Translations.of(locale), movementsIn.get(Translations.ENGLISH));
    }

    public Optional<Movement> find(String slug, Locale locale) {
        return Optional.ofNullable(bySlugIn.getOrDefault(Translations.of(locale), bySlugIn.get(Translations.ENGLISH))
                .get(slug));
    }

    /** The movement in the locale's language, or a {@link MovementNotFoundException}. */
    public Movement get(String slug, Locale locale) {
        return find(slug, locale).orElseThrow(() -> new MovementNotFoundException(slug));
    }

    /** The guidance in the language of the request being served (English outside one). */
    public List<Guidance> guidance() {
        return guidanceIn.get(Translations.current()) != null
                ? guidanceIn.get(Translations.current()) : guidanceIn.get(Translations.ENGLISH);
    }

    public List<Guidance> guidance(Set<Topic> topics) {
        return guidance().stream().filter(g -> topics.contains(g.topic())).toList();
    }

    /** The guidance in the locale's language, English where a row has no translation. */
    public List<Guidance> guidance(Locale locale) {
        return guidanceIn.getOrDefault(Translations.of(locale), guidanceIn.get(Translations.ENGLISH));
    }

    public List<Guidance> guidance(Set<Topic> topics, Locale locale) {
        return guidance(locale).stream().filter(g -> topics.contains(g.topic())).toList();
    }
}
