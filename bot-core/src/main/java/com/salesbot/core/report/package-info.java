/** Daily reports from reps. */
package com.salesbot.core.report;
