/**
 * Moments worth celebrating once (a rep reaching 100% of target, a personal best, the team's first sale
 * of the month) and the scheduled shout-outs of top performers, posted to the team's recognition channel.
 */
package com.salesbot.core.milestone;
