package com.salesbot.config.ops;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The log encoder of {@code logback-spring.xml}: Boot's structured JSON (ecs, logstash, gelf) when
 * {@code logging.structured.format.console} is set, else the plain text pattern. Logback without
 * Janino cannot choose between two encoders by a setting, hence this one switch.
 */
public final class SettingDependentEncoder extends EncoderBase<ILoggingEvent> {
    private String format;
    private String pattern;
    private Encoder<ILoggingEvent> delegate;

    /** The structured format, empty or an unresolved placeholder for text. */
    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        if (format != null && !format.isBlank() && !format.contains("_IS_UNDEFINED")) {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setContext(getContext());
            json.setFormat(format);
            json.setCharset(StandardCharsets.UTF_8);
            delegate = json;
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setContext(getContext());
            text.setPattern(pattern);
            text.setCharset(StandardCharsets.UTF_8);
            delegate = text;
        }
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
