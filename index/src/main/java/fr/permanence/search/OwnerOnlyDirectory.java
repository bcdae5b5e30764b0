package fr.permanence.search;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * An index folder whose files only their owner may read: passages are public texts, but the
 * index lives in the data folder, where everything is owner-only whatever the process's umask.
 * Lucene creates each file through {@link #createOutput} or {@link #createTempOutput}; the file
 * is restricted as soon as it exists, before anything is written to it.
 */
final class OwnerOnlyDirectory extends FilterDirectory {
  private final Path dir;

  private OwnerOnlyDirectory(FSDirectory in) {
    super(in);
    this.dir = in.getDirectory();
  }

  /** The index in {@code dir}, created owner-only when missing. */
  static OwnerOnlyDirectory open(Path dir) throws IOException {
    OwnerOnly.createDirectories(dir);
    OwnerOnly.restrict(dir);
    return new OwnerOnlyDirectory(FSDirectory.open(dir));
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    IndexOutput out = super.createOutput(name, context);
    OwnerOnly.restrict(dir.resolve(name));
    return out;
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    IndexOutput out = super.createTempOutput(prefix, suffix, context);
    OwnerOnly.restrict(dir.resolve(out.getName()));
    return out;
  }

  @Override
  public Lock obtainLock(String name) throws IOException {
    Lock lock = super.obtainLock(name);
    OwnerOnly.restrict(dir.resolve(name)); // the write lock is a file of the folder too
    return lock;
  }
}
