package com.salesbot.config.knowledge;

import com.salesbot.adapter.knowledge.KnowledgeFolder;
import com.salesbot.adapter.knowledge.LuceneKnowledgeSearch;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.conversation.DirectMessages;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.feedback.FeedbackStore;
import com.salesbot.core.knowledge.KnowledgeBase;
import com.salesbot.core.knowledge.QuestionStore;
import com.salesbot.core.training.TrainingStore;
import java.util.logging.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The knowledge base on MongoDB with a Lucene index in memory: at start-up the folder's files are
 * loaded into the store and the index is rebuilt from the store, so the two agree from the first message.
 */
@Configuration(proxyBeanMethods = false)
public class KnowledgeWiring {
    private static final Logger LOG = Logger.getLogger(KnowledgeWiring.class.getName());

    @Bean(destroyMethod = "close")
    LuceneKnowledgeSearch knowledgeSearch() {
        return new LuceneKnowledgeSearch();
    }

    @Bean
    KnowledgeBase knowledgeBase(MongoStores stores, LuceneKnowledgeSearch search, KnowledgeProperties properties) {
        KnowledgeBase knowledge =
                new KnowledgeBase(stores.knowledge(), search, new KnowledgeFolder(properties.folderPath()));
        KnowledgeBase.FileLoad load = knowledge.start();
        LOG.info("knowledge base ready: " + load.loaded() + " entries from " + properties.folderPath());
        return knowledge;
    }

    @Bean
    QuestionStore questionStore(MongoStores stores) {
        return stores.questions();
    }

    @Bean
    FeedbackStore feedbackStore(MongoStores stores) {
        return stores.feedback();
    }

    @Bean
    TrainingStore trainingStore(MongoStores stores) {
        return stores.training();
    }

    /** Forwarded questions, answers and feedback reach people through every running platform. */
    @Bean
    DirectMessages directMessages(ObjectProvider<OutboundChat> platforms) {
        // Looked up at each send: the Slack and Discord adapters are built after the skills.
        return new DirectMessages(() -> platforms.orderedStream().toList());
    }
}
