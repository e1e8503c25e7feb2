/** The composition root: Spring Boot application and entry point of salesbot.jar. */
package com.salesbot.config;
