package com.salesbot.core.skill;

/** Whether a skill only reads or also writes records (and so needs the database to acknowledge). */
public enum SideEffect {
    READS,
    WRITES
}
