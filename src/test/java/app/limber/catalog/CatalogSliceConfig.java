package app.limber.catalog;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The catalog bean of {@link CatalogSlice}, made only when a test asks for it: the content invariants share the
 * slice's context without loading it (they read it through {@link StoredCatalog}), so a stored value it cannot read
 * fails their one test, not the context.
 */
@TestConfiguration(proxyBeanMethods = false)
class CatalogSliceConfig {

    @Bean
    StoredCatalog storedCatalog(MovementRepository movements, GuidanceRepository guidance, ArticleRepository articles,
                                SlotBlockRepository slotBlocks, LightCardioRepository lightCardio,
                                PlatformTransactionManager transactions) {
        return () -> new Catalog(movements, guidance, articles, slotBlocks, lightCardio, transactions);
    }

    @Bean
    @Lazy
    Catalog catalog(StoredCatalog stored) {
        return stored.read();
    }
}
