package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Two language copies of one movement: everything but the words must be the same. */
final class MovementComparison {

    private MovementComparison() {
    }

    static void assertSameButWords(Movement english, Movement other) {
        String slug = english.slug();
        assertThat(other.id()).as(slug + " id").isEqualTo(english.id());
        assertThat(other.slug()).isEqualTo(slug);
        assertThat(other.block()).as(slug + " block").isEqualTo(english.block());
        assertThat(other.style()).as(slug + " style").isEqualTo(english.style());
        assertThat(other.position()).as(slug + " position").isEqualTo(english.position());
        assertThat(other.dosage()).as(slug + " dosage").isEqualTo(english.dosage());
        assertThat(other.equipment()).as(slug + " equipment").isEqualTo(english.equipment());
        assertThat(other.areas()).as(slug + " areas").isEqualTo(english.areas());
        assertThat(other.muscles()).as(slug + " muscles").isEqualTo(english.muscles());
        assertThat(other.slots()).as(slug + " slots").isEqualTo(english.slots());
        assertThat(other.excludedBy()).as(slug + " excluded by").isEqualTo(english.excludedBy());
        assertThat(other.sortOrder()).as(slug + " order").isEqualTo(english.sortOrder());
        assertThat(other.direction()).as(slug + " direction").isEqualTo(english.direction());
        assertThat(other.pace()).as(slug + " pace").isEqualTo(english.pace());
        assertThat(other.steps()).as(slug + " steps").hasSameSizeAs(english.steps());
        assertThat(other.cautions()).as(slug + " cautions").hasSameSizeAs(english.cautions());
        assertThat(other.cues()).as(slug + " cues").hasSameSizeAs(english.cues());
        assertThat(other.sourcesDiffer() == null).as(slug + " where the articles differ")
                .isEqualTo(english.sourcesDiffer() == null);
        assertThat(other.variations()).as(slug + " variations")
                .extracting(Variation::slug, Variation::kind)
                .containsExactlyInAnyOrderElementsOf(english.variations().stream()
                        .map(v -> org.assertj.core.groups.Tuple.tuple(v.slug(), v.kind())).toList());
        // The articles are cited as published: same article, same name for the movement, in the same order.
        assertThat(other.sources()).as(slug + " sources").extracting(Source::article, Source::nameInArticle)
                .containsExactlyElementsOf(english.sources().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.article(), s.nameInArticle())).toList());
        assertThat(other.needsNoEquipment()).isEqualTo(english.needsNoEquipment());
        assertThat(other.onFloor()).isEqualTo(english.onFloor());
        assertThat(List.of(other.allEquipment())).isEqualTo(List.of(english.allEquipment()));
    }
}
