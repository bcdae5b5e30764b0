package fr.permanence.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Sends the libraries that logback.xml keeps off the console (PDFBox, FontBox: a warning per
 * object of a damaged PDF they repair or skip) to the data folder's technical log, owner-only like
 * everything there. The moderator gets one French message about the file from our own code.
 *
 * <p>Called once per command line, before the command runs; a later call (a test running several
 * command lines) replaces the file, stopping the previous appender, which closes its stream.
 *
 * <p>The file stays open for the rest of the process, and that is logback's design rather than a
 * leak: a {@link FileAppender} opens its file at start and writes each line through the same
 * stream (reopening per line would cost a system call pair per PDFBox warning, and logback 1.5 has
 * no lazy opening), one descriptor per process. Each line is flushed as written (the appender's
 * default {@code immediateFlush}), so nothing is lost when the JVM exits without stopping logback,
 * and the system closes the descriptor then; a stopped logger context (logback's reset) closes it
 * before. For {@code serve}, which runs for months, the file only grows by damaged uploads' lines;
 * rotating it needs copy-then-truncate, as a renamed file would keep receiving them.
 */
final class LibraryLog {
  /** The loggers logback.xml declares without a console, by name. */
  static final List<String> LIBRARIES = List.of("org.apache.pdfbox", "org.apache.fontbox");
  private static final String APPENDER = "library-file";

  private LibraryLog() {}

  /** Appends those libraries' lines to {@code file}, created owner-only when missing. */
  static void writeTo(Path file) throws IOException {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another logging backend (never the bot's own): its configuration decides
    }
    OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      OwnerOnly.createFile(file);
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    // %X{pdf}: the file PdfText is reading (its LOG_KEY), which its worker thread puts in the MDC.
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{36} [%X{pdf}] - %msg%n");
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName(APPENDER);
    appender.setFile(file.toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    appender.start();
    for (String name : LIBRARIES) {
      Logger logger = context.getLogger(name);
      Appender<ILoggingEvent> previous = logger.getAppender(APPENDER);
      if (previous != null) {
        logger.detachAppender(previous);
        previous.stop();
      }
      logger.addAppender(appender);
    }
  }
}
