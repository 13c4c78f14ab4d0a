package app.limber.routine;

import app.limber.catalog.Movement;

/**
 * One movement in a routine: the catalog entry, the dose, its planned time in seconds (from {@code Timing}) and
 * the message key of the one-line "why it is here".
 */
public record RoutineItem(Movement movement, Dose dose, int seconds, String reasonKey) {
}
