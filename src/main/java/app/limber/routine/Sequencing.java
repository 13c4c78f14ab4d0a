package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import java.util.List;
import java.util.Locale;

/**
 * Order inside the stretch work. The 13-stretches article stretches the muscles first, then gets the joints
 * moving, and leaves extension to the very end: arching the spine back can jam the joints together, so space is
 * made in them first by the flexion and rotation work.
 */
public final class Sequencing {

    private Sequencing() {
    }

    /** An extension-only movement (arching the upper back), as opposed to flexion, rotation or both ways. */
    public static boolean isExtension(Movement movement) {
        String slug = movement.slug().toLowerCase(Locale.ROOT);
        String name = movement.name().toLowerCase(Locale.ROOT);
        boolean extension = slug.contains("extension") || name.contains("extension");
        boolean flexion = slug.contains("flexion") || name.contains("flexion");
        return extension && !flexion;
    }

    /** Blocks where extension must come after every other movement of the stretch work. */
    public static boolean extensionLastApplies(Block block) {
        return block == Block.STRETCH || block == Block.MOBILITY;
    }

    /**
     * True when, in the stretch work (the stretch block, then joint mobility), an extension movement comes before
     * one that is not. Movements of other blocks are ignored.
     */
    public static boolean breaksExtensionLast(List<Movement> routineOrder) {
        boolean seenExtension = false;
        for (Movement movement : routineOrder) {
            if (!extensionLastApplies(movement.block())) {
                continue;
            }
            if (isExtension(movement)) {
                seenExtension = true;
            } else if (seenExtension) {
                return true;
            }
        }
        return false;
    }
}
