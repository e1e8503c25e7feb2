/** Seeding teams and people from application.yml. */
package com.salesbot.config.seed;
