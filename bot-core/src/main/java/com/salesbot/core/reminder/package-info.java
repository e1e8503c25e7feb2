/**
 * Reminders: what to say to whom and when (once or by a recurrence, in a zone), their occurrences,
 * the scheduler that claims and delivers each occurrence exactly once, and the skills that set, list
 * and cancel them.
 */
package com.salesbot.core.reminder;
