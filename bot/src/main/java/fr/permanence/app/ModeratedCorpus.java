package fr.permanence.app;

import fr.permanence.conversation.CorpusModeration;
import fr.permanence.corpus.AuditEntry;
import fr.permanence.corpus.CorpusAdmin;
import fr.permanence.corpus.CorpusChange;
import fr.permanence.corpus.CorpusEntry;
import fr.permanence.corpus.CorpusStatus;
import fr.permanence.corpus.DocumentMeta;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The conversation core's corpus port, served by the index module's corpus administration.
 * Thread-safe as {@link CorpusAdmin} is: changes are serialised by its lock.
 */
public final class ModeratedCorpus implements CorpusModeration {
  private final CorpusAdmin admin;

  public ModeratedCorpus(CorpusAdmin admin) {
    this.admin = Objects.requireNonNull(admin, "admin");
  }

  @Override
  public List<CorpusEntry> list() {
    return admin.list();
  }

  @Override
  public CorpusChange add(String moderator, Path upload, String fileName, DocumentMeta meta) {
    return admin.add(moderator, upload, fileName, meta);
  }

  @Override
  public CorpusChange replace(String moderator, String slug, Path upload, String fileName) {
    return admin.replace(moderator, slug, upload, fileName);
  }

  @Override
  public CorpusChange remove(String moderator, String slug) {
    return admin.remove(moderator, slug);
  }

  @Override
  public List<AuditEntry> history(int limit) {
    return admin.audit(limit);
  }

  @Override
  public boolean startRebuild(String moderator) {
    return admin.startRebuild(moderator);
  }

  @Override
  public CorpusStatus status() {
    return admin.status();
  }
}
