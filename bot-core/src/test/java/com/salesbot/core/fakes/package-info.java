/**
 * In-memory fakes of the core's ports, a fixed clock and a ready-made {@link com.salesbot.core.fakes.TestWorld};
 * shipped in the bot-core test-jar so every module tests against the same faithful doubles.
 */
package com.salesbot.core.fakes;
