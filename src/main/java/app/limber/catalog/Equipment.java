package app.limber.catalog;

/** Equipment a movement can need. Labels live in messages (key: equipment.CONSTANT). */
public enum Equipment {
    CHAIR, WALL_OR_DOORWAY, FOAM_ROLLER, MASSAGE_BALL, EXERCISE_BALL, RESISTANCE_BAND, SUSPENSION_TRAINER, BAR, STOOL, PEANUT, TOWEL_OR_PILLOW, CARDIO_MACHINE
}
