/** The jar's command line. */
package com.salesbot.config.launch;
