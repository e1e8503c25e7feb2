/** Customer visits: logging them and counting them. */
package com.salesbot.core.visit;
