/** The feedback line: reps write to their manager, anonymously when they ask, and managers read a month's feedback. */
package com.salesbot.core.feedback;
