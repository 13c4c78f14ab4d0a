package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import app.limber.catalog.SpineDirection;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Order inside the stretch work. The 13-stretches article stretches the muscles first, then gets the joints
 * moving, and leaves extension to the very end: arching the spine back can jam the joints together, so space is
 * made in them first by the flexion and rotation work.
 *
 * <p>The one place of that rule: the builder orders and picks by it, and the edits of a saved routine place and
 * check by it.
 */
public final class Sequencing {

    private Sequencing() {
    }

    /** An extension-only movement (arching the upper back), as the catalog records it. */
    public static boolean isExtension(Movement movement) {
        return movement.direction() == SpineDirection.EXTENSION;
    }

    /** Blocks where extension must come after every other movement of the stretch work. */
    public static boolean extensionLastApplies(Block block) {
        return block == Block.STRETCH || block == Block.MOBILITY;
    }

    /** An extension move in a block of the stretch work: it goes after the block's other movements. */
    public static boolean goesLast(Movement movement) {
        return extensionLastApplies(movement.block()) && isExtension(movement);
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

    /**
     * True when the movements already picked, with {@code candidate} added, cannot be put in an order that keeps
     * extension last: within a block the builder puts extension moves last, so only an extension move in the
     * stretch block together with a mobility move that is not one breaks it.
     */
    public static boolean breaksExtensionLast(Collection<Movement> picked, Movement candidate) {
        // Sorted by block with extensions last inside each block, the order breaks the rule exactly when an
        // extension move sits in an earlier block than a move that is not one. Checked directly: this runs for
        // every candidate the builder weighs, so it builds no list and sorts nothing.
        int earliestExtension = Integer.MAX_VALUE;
        int latestOther = -1;
        for (Movement movement : picked) {
            earliestExtension = Math.min(earliestExtension, extensionBlock(movement));
            latestOther = Math.max(latestOther, otherBlock(movement));
        }
        earliestExtension = Math.min(earliestExtension, extensionBlock(candidate));
        latestOther = Math.max(latestOther, otherBlock(candidate));
        return earliestExtension < latestOther;
    }

    private static int extensionBlock(Movement movement) {
        return goesLast(movement) ? movement.block().ordinal() : Integer.MAX_VALUE;
    }

    private static int otherBlock(Movement movement) {
        return extensionLastApplies(movement.block()) && !goesLast(movement) ? movement.block().ordinal() : -1;
    }

    /**
     * Where a movement added to a routine goes: at the end of its block; in the stretch work, before the block's
     * extension moves unless it is one itself.
     */
    public static int insertionIndex(List<Movement> order, Movement movement) {
        return insertionIndex(order, Movement::block, Sequencing::isExtension, movement);
    }

    /**
     * {@link #insertionIndex(List, Movement)} over entries that know their block and whether they are an extension
     * move (a saved item whose movement has left the catalog is placed by its block alone).
     */
    public static <T> int insertionIndex(List<T> order, Function<T, Block> blockOf, Predicate<T> extension,
                                         Movement movement) {
        int at = 0;
        for (int i = 0; i < order.size(); i++) {
            T entry = order.get(i);
            Block block = blockOf.apply(entry);
            if (block.compareTo(movement.block()) < 0) {
                at = i + 1;
            } else if (block == movement.block()) {
                boolean extensionHere = extensionLastApplies(block) && extension.test(entry);
                if (!extensionHere || isExtension(movement)) {
                    at = i + 1;
                }
            }
        }
        return at;
    }
}
