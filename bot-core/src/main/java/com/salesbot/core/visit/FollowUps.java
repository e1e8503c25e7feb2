package com.salesbot.core.visit;

import com.salesbot.core.people.Person;

/** Port: what happens to a logged visit's follow-up date (the reminder feature nudges the rep that morning). */
public interface FollowUps {
    /** Nothing: visits keep their follow-up date and no one is nudged. */
    FollowUps NONE = (visit, rep) -> {};

    /** Called once for a newly stored visit that has a follow-up date. */
    void plan(Visit visit, Person rep);
}
