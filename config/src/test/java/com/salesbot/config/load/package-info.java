/** Load and fault runs, tagged {@code load}: never part of {@code mvn verify}; run with {@code -Pload}. */
package com.salesbot.config.load;
