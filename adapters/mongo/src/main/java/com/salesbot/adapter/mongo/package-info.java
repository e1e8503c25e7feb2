/**
 * The core's store ports on MongoDB through the sync driver, written so the same code runs on a real
 * MongoDB and on the embedded mongo-java-server (no transactions, no partial or TTL indexes).
 */
package com.salesbot.adapter.mongo;
