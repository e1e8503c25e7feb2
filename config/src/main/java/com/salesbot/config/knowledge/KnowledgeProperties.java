package com.salesbot.config.knowledge;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.knowledge}: where the knowledge files are and how well an entry must match.
 *
 * @param folder Markdown and CSV files loaded at start-up and on "reload knowledge base"; a missing
 *     folder is simply empty
 * @param minMatch the share of a question's meaningful words the best entry must contain; below it the
 *     bot offers to ask the manager
 */
@ConfigurationProperties(prefix = "salesbot.knowledge")
public record KnowledgeProperties(String folder, Double minMatch) {
    public KnowledgeProperties {
        folder = folder == null || folder.isBlank() ? "./knowledge" : folder;
        minMatch = minMatch == null ? 0.5 : minMatch;
    }

    Path folderPath() {
        return Path.of(folder);
    }
}
