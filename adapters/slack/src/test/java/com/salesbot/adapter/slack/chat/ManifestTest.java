package com.salesbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.SlackAdapter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app manifests (in the module directory) declare what the code handles: the commands, events, scopes and request URLs. */
class ManifestTest {
    private static final List<String> COMMANDS = SlashCommandText.COMMANDS;
    private static final List<String> SCOPES = List.of(
            "app_mentions:read",
            "chat:write",
            "commands",
            "im:history",
            "im:read",
            "im:write",
            "users:read",
            "files:write",
            "reactions:read");

    private static String read(String name) throws IOException {
        // Surefire runs in the module directory, where the manifests live.
        return Files.readString(Path.of(name), StandardCharsets.UTF_8);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void bothManifestsDeclareEveryCommandTheBotHandlesAndNoOther() throws IOException {
        for (String manifest : List.of("manifest.yml", "manifest-socket-mode.yml")) {
            assertThat(all(Pattern.compile("(?m)^\\s+- command: (\\S+)$"), read(manifest)))
                    .as(manifest)
                    .containsExactlyInAnyOrderElementsOf(COMMANDS);
        }
    }

    @Test
    void bothManifestsSubscribeToMentionsAndDirectMessagesWithTheScopesTheyNeed() throws IOException {
        for (String manifest : List.of("manifest.yml", "manifest-socket-mode.yml")) {
            String text = read(manifest);
            assertThat(text)
                    .as(manifest)
                    .contains("      - app_mention\n", "      - message.im\n", "      - reaction_added\n");
            for (String scope : SCOPES) {
                assertThat(text).as(manifest + " scope " + scope).contains("      - " + scope + "\n");
            }
        }
    }

    @Test
    void theHttpManifestPointsAtThePathsTheServletServes() throws IOException {
        String text = read("manifest.yml");
        List<String> urls = all(Pattern.compile("(?m)^\\s+(?:url|request_url): (\\S+)$"), text);

        assertThat(urls).hasSize(COMMANDS.size() + 2);
        for (String url : urls) {
            assertThat(SlackAdapter.HTTP_PATHS).contains(URI.create(url).getPath());
        }
        assertThat(text).contains("socket_mode_enabled: false");
    }

    @Test
    void theSocketModeManifestNeedsNoPublicAddress() throws IOException {
        String text = read("manifest-socket-mode.yml");

        assertThat(text).doesNotContain("YOUR-HOST").contains("socket_mode_enabled: true");
    }
}
