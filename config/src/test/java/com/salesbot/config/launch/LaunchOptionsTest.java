package com.salesbot.config.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void chatOptionsBecomeSpeakerScriptManagersAndSpringProperties() {
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "chat",
            "--as",
            "alice",
            "--script",
            "demo.chat",
            "--now",
            "2026-11-27T10:00",
            "--zone",
            "Asia/Shanghai",
            "--db",
            "memory",
            "--managers",
            "carol, dave"
        });

        assertThat(options.speaker()).isEqualTo("alice");
        assertThat(options.script()).isEqualTo("demo.chat");
        assertThat(options.managers()).containsExactly("carol", "dave");
        assertThat(options.properties())
                .containsEntry("salesbot.clock.now", "2026-11-27T10:00")
                .containsEntry("salesbot.clock.zone", "Asia/Shanghai")
                .containsEntry("salesbot.mongodb.embedded-path", "memory");
        assertThat(options.springArgs()).contains("--salesbot.mongodb.embedded-path=memory");
    }

    @Test
    void anOptionWithoutItsValueIsRefusedWithItsName() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--script"}))
                .hasMessageContaining("--script needs a value");
    }

    @Test
    void anUnknownWordIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"chat", "bogus"}))
                .hasMessageContaining("unknown argument 'bogus'")
                .hasMessageContaining("Usage");
    }

    @Test
    void springStylePropertiesPassThrough() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--salesbot.workspace.open=false"});

        assertThat(options.script()).isNull();
        assertThat(options.properties()).isEmpty();
    }
}
