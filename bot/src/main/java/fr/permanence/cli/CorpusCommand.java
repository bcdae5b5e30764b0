package fr.permanence.cli;

import fr.permanence.corpus.Corpus;
import fr.permanence.legi.ArticlePrefixes;
import fr.permanence.legi.CodeDuTravailImporter;
import fr.permanence.legi.ImportReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Corpus maintenance from the command line. */
@Command(name = "corpus", description = "Gestion du corpus.", mixinStandardHelpOptions = true, subcommands = {
    CorpusEdits.Liste.class, CorpusEdits.Ajouter.class, CorpusEdits.Remplacer.class, CorpusEdits.Retirer.class,
    CorpusEdits.Restaurer.class, CorpusEdits.Historique.class, CorpusEdits.Etat.class, CorpusCommand.ImportCode.class})
final class CorpusCommand {
  @ParentCommand
  Main main;

  @Command(name = "import-code-du-travail",
      description = "Importe le Code du travail depuis le paquet npm @socialgouv/legi-data (.tgz ou JSON extrait).")
  static final class ImportCode implements Callable<Integer> {
    @ParentCommand
    CorpusCommand corpus;

    @Parameters(paramLabel = "PAQUET", description = "Le .tgz obtenu par « npm pack @socialgouv/legi-data », ou le JSON du code.")
    Path source;

    @Option(names = "--prefixes", paramLabel = "FICHIER",
        description = "Préfixes d'articles à garder (défaut : code-du-travail.prefixes du corpus).")
    Path prefixes;

    @Option(names = "--all", description = "Importe tous les articles en vigueur (~11 500).")
    boolean all;

    @Override
    public Integer call() {
      Path dir = corpus.main.settings().corpusDir();
      List<String> rules = all ? List.of()
          : ArticlePrefixes.read(prefixes != null ? prefixes : dir.resolve("code-du-travail.prefixes"));
      ImportReport report = new CodeDuTravailImporter().importTo(source, rules, dir.resolve(Corpus.CODE_DU_TRAVAIL));
      System.out.println(report.summary());
      System.out.println("L'index sera reconstruit au prochain démarrage (ou : ./permanence index rebuild).");
      return 0;
    }
  }
}
