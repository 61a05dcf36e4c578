// SPDX-License-Identifier: MIT
// import: files and folders into the store, with progress on stderr and a summary at the end.
#include "clicontext.h"

#include "engine/documentimporter.h"

#include <QFileInfo>

namespace Protostar::Cli {

int importCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption candidate(QStringLiteral("candidate"),
                                       CliTr::tr("Store every file as a document of NAME (default: the name in each "
                                                "document's title line, else the file's base name)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"), CliTr::tr("Refuse files larger than MB megabytes (default 50)."),
                                     QStringLiteral("MB"), QStringLiteral("50"));
    parser.addOption(candidate);
    parser.addOption(maxSize);
    parser.addPositionalArgument(QStringLiteral("PATH"), CliTr::tr("Files (txt, md, pdf, docx, hwpx) or folders, imported recursively."),
                                 QStringLiteral("PATH..."));
    if (auto stop = ctx.parse(parser, args,
                              CliTr::tr("Import files and folders as candidates' documents. Unchanged files are skipped; "
                                        "changed ones replace their old version. Exit status 0 only if no file failed.")))
        return *stop;
    const QStringList paths = ctx.positionalArguments(parser);
    if (paths.isEmpty())
        return ctx.fail(CliTr::tr("import needs at least one file or folder; see `protostar-cli import --help`"));
    bool ok = false;
    const double megabytes = parser.value(maxSize).toDouble(&ok);
    if (!ok || megabytes <= 0)
        return ctx.fail(CliTr::tr("--max-size takes a positive number of megabytes, not \"%1\"").arg(parser.value(maxSize)));

    auto store = ctx.openStore(CliContext::Use::Write);
    if (!store)
        return 1;
    ImportOptions options;
    options.candidate = CliContext::candidateName(parser.value(candidate));
    options.maxFileBytes = qint64(megabytes * 1024 * 1024);
    DocumentImporter importer(*store, options);

    const QList<ImportOutcome> outcomes = importer.importPaths(paths, [&](int index, int total, const ImportOutcome &o) {
        ctx.err << "[" << index << "/" << total << "] " << QFileInfo(o.path).fileName() << ": " << DocumentImporter::describe(o);
        if (o.status == ImportOutcome::Status::Imported && !o.candidate.isEmpty())
            ctx.err << " -> " << o.candidate;
        ctx.err << "\n";
        ctx.err.flush();
    });

    const ImportSummary s = DocumentImporter::summarize(outcomes);
    if (outcomes.isEmpty())
        ctx.err << CliTr::tr("No importable files found (supported: txt, md, markdown, pdf, docx, hwpx).") << "\n";
    ctx.out << CliTr::tr("Imported %1, unchanged %2, failed %3.").arg(s.imported).arg(s.unchanged).arg(s.failed) << "\n";
    for (const ImportOutcome &o : outcomes) {
        if (o.status == ImportOutcome::Status::Failed)
            ctx.out << "  " << CliTr::tr("failed: %1: %2").arg(o.path, o.message) << "\n";
    }
    ctx.out.flush();
    ctx.err.flush();
    return s.failed == 0 && !outcomes.isEmpty() ? 0 : 1;
}

} // namespace Protostar::Cli
