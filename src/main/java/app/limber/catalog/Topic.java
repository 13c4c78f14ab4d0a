package app.limber.catalog;

/** Topics of the articles' general guidance. Labels live in messages (key: topic.CONSTANT). */
public enum Topic {
    ANATOMY, CAUSES, SIGNS, WARM_UP, BREATHING, STOP_SIGNS, RED_FLAGS, SERIOUS_CAUSES, PROFESSIONAL, HEAT, FOAM_ROLLING, DESK_SETUP, MOVEMENT_BREAKS, SLEEP, POSTURE_TYPES, CONSISTENCY
}
