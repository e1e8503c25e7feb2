/** Several instances of the bot on one database: nothing answered, written or reminded twice. */
package com.salesbot.config.scaleout;
